#!/usr/bin/env bash
# Every benchmark of docs/benchmarks.md, from a fresh clone, in one command:
#   bench/run.sh            full sizes: 1,000,000 dossiers, 100,000 timers, 2,700 HTTP completions per store
#   bench/run.sh --quick    a smoke run with small sizes (minutes), same code paths
#   --timers N / --dossiers N override a size; --no-postgres skips the PostgreSQL half.
#   --set Key=Value (repeatable) hands a setting to our engine in the 16-driver measure, e.g. --set Engine:GroupCommit=false.
# It provisions a durable PostgreSQL (fsync on) on 127.0.0.1:55433, builds Release, runs each part, and rewrites the
# generated section of docs/benchmarks.md (between the "figures" markers) with the machine and the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

# Load sales: the orders the http measure registers and completes, one each: up to 2,400 for its warm-up, then 4,700
# over its levels (870 with --quick). A data set with fewer fails the measure at registration.
QUICK=""; DOSSIERS=1000000; TIMERS=100000; AUDIT_ENTRIES=20000; LOAD_SALES=8000; PROVIDERS="sqlite postgres"; ENGINE_SETTINGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK="--quick"; DOSSIERS=20000; TIMERS=500; AUDIT_ENTRIES=2000; LOAD_SALES=4000 ;;
    --dossiers) DOSSIERS="$2"; shift ;;
    --timers) TIMERS="$2"; shift ;;
    --no-postgres) PROVIDERS="sqlite" ;;
    --set) ENGINE_SETTINGS+=("--set" "$2"); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

OUT="bench/results"
rm -rf "$OUT"; mkdir -p "$OUT"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "$PROVIDERS" == *postgres* ]]; then
  # A cluster of its own: the test cluster runs with fsync off, the figures must be taken with durable commits.
  WA_PG_DURABLE=1 WA_PG_PORT=55433 WA_PG_ROOT=/tmp/workflowarchive-bench-pg source scripts/provision-postgres.sh
  export WORKFLOWARCHIVE_BENCH_POSTGRES="$WORKFLOWARCHIVE_TEST_POSTGRES"
fi

dotnet build WorkflowArchive.sln --configuration Release -nologo -v quiet
ENGINE="bench/WorkflowArchive.Bench.Engine/bin/Release/net10.0/WorkflowArchive.Bench.Engine.dll"
LOAD="bench/WorkflowArchive.Bench.Load/bin/Release/net10.0/WorkflowArchive.Bench.Load.dll"
HOST="src/Host/bin/Release/net10.0/WorkflowArchive.Host.dll"

step() { echo; echo "=== bench: $* ($(date -u +%H:%M:%S))"; }

step "engine in-process (BenchmarkDotNet)"
ENGINE_FILTER=("--filter" "*")
[[ "$PROVIDERS" == *postgres* ]] || ENGINE_FILTER=("--filter" "*Definition*" "*WorkflowCore*" "*OurEngine*SQLite*")
dotnet "$ENGINE" $QUICK --out "$OUT" "${ENGINE_FILTER[@]}"
step "engine: full run by move (Stopwatch)"
for p in $PROVIDERS; do dotnet "$ENGINE" $QUICK --out "$OUT" --profile "$p"; done
step "engine: 16 concurrent drivers, full runs (timed driver)"
dotnet "$ENGINE" $QUICK --out "$OUT" --concurrent 16 --engines "workflowcore,${PROVIDERS// /,}" ${ENGINE_SETTINGS[@]+"${ENGINE_SETTINGS[@]}"}

for p in $PROVIDERS; do
  step "$p: data set of $DOSSIERS dossiers"
  dotnet "$LOAD" dataset --provider "$p" --dossiers "$DOSSIERS" --load-sales "$LOAD_SALES" --out "$OUT"
  step "$p: host memory, search and HTTP load"
  dotnet "$LOAD" http --provider "$p" --host "$HOST" --out "$OUT" $QUICK
  step "$p: $TIMERS timers due at once"
  dotnet "$LOAD" timers --provider "$p" --timers "$TIMERS" --out "$OUT"
  step "$p: $AUDIT_ENTRIES audit entries linked to the chain"
  dotnet "$LOAD" audit-links --provider "$p" --entries "$AUDIT_ENTRIES" --out "$OUT"
done

step "writing docs/benchmarks.md"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
bench/write-figures.sh "$OUT" "${QUICK:+quick run (small sizes)}" "$LOAD_BEFORE" "$LOAD_AFTER"
echo "bench: figures written to docs/benchmarks.md"
