#!/usr/bin/env bash
# The whole test suite, from a fresh clone: provisions PostgreSQL and Redis on loopback and Debian's chromium, then
# runs every test (the several-hosts tests start Host processes from the Release build that dotnet test makes first).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/provision-postgres.sh
source scripts/provision-redis.sh
source scripts/provision-chromium.sh

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test WorkflowArchive.sln --configuration Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

# One plain closing line for CI: "N passed, N failed".
passed=$(awk '$1 == "Passed:" && $2 ~ /^[0-9]+$/ {s += $2} END {print s + 0}' "$log")
failed=$(awk '$1 == "Failed:" && $2 ~ /^[0-9]+$/ {s += $2} END {print s + 0}' "$log")
echo "${passed} passed, ${failed} failed"
exit "$status"
