#!/usr/bin/env bash
# The whole test suite, from a fresh clone: provisions PostgreSQL on loopback, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/provision-postgres.sh

dotnet test WorkflowArchive.sln --configuration Release --logger "console;verbosity=normal" "$@"
