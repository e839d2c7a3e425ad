#!/usr/bin/env bash
# Adds an EF Core migration named NAME for both stores (SQLite and PostgreSQL), each in its own folder.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh NAME}"
dotnet tool restore >/dev/null
for store in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Host --startup-project src/Host \
    --context "${store}ArchiveDbContext" --output-dir "Persistence/Migrations/${store}"
done
