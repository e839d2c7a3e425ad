#!/usr/bin/env bash
# The whole test suite, from a fresh clone: provisions PostgreSQL and Redis on loopback and Debian's chromium, builds
# once, then runs the three test groups one after the other and prints how long each took:
#   fast      tests/WorkflowArchive.Tests.Fast      no host: parser, validator, engine, domain rules
#   host      tests/WorkflowArchive.Tests.Host      the host in process over a copy of the template database
#   end-to-end tests/WorkflowArchive.Tests.EndToEnd real Host processes, a Hangfire server, chromium
# Extra arguments go to every `dotnet test` (e.g. --filter "Provider!=Postgres").
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/provision-postgres.sh
source scripts/provision-redis.sh
source scripts/provision-chromium.sh
source scripts/provision-fonts.sh

log="$(mktemp)"
times="$(mktemp)"
trap 'rm -f "$log" "$times"' EXIT
status=0

started=$SECONDS
build="$(mktemp)"
# One compiler server for all ten projects (this machine's environment turns it off by default): a third off the build.
# It is shut down right after, so nothing of the build stays running beside the tests.
if ! dotnet build WorkflowArchive.sln --configuration Release -p:UseSharedCompilation=true > "$build" 2>&1; then
  dotnet build-server shutdown > /dev/null 2>&1 || true
  cat "$build"; echo "0 passed, 1 failed"; exit 1
fi
dotnet build-server shutdown > /dev/null 2>&1 || true
grep -E "Warn|Elapsed" "$build" || true
rm -f "$build"
echo "build $((SECONDS - started)) s" >> "$times"

for group in Fast Host EndToEnd; do
  started=$SECONDS
  dotnet test "tests/WorkflowArchive.Tests.$group" --configuration Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 \
    | tee -a "$log" || status=$?
  echo "$group $((SECONDS - started)) s" >> "$times"
done

# The CI record keeps only the tail of the output, so a failure's name and message are repeated here.
if grep -qE '^[[:space:]]+Failed [A-Za-z_]' "$log"; then
  echo "Failed tests:"
  awk '/^[[:space:]]+Failed [A-Za-z_]/ {show = 8; print; next}
       show > 0 && /Stack Trace:/ {show = 0}
       show > 0 {print; show--}' "$log"
fi
echo "Time per group:"
sed 's/^/  /' "$times"
# One plain closing line for CI: "N passed, N failed".
passed=$(awk '$1 == "Passed:" && $2 ~ /^[0-9]+$/ {s += $2} END {print s + 0}' "$log")
failed=$(awk '$1 == "Failed:" && $2 ~ /^[0-9]+$/ {s += $2} END {print s + 0}' "$log")
echo "${passed} passed, ${failed} failed"
exit "$status"
