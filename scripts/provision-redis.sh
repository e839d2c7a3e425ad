#!/usr/bin/env bash
# Installs (Debian package) and starts a throw-away Redis on loopback for the several-hosts tests, if it is not already
# running. Idempotent. Source it to get WORKFLOWARCHIVE_TEST_REDIS exported.
set -euo pipefail

WA_REDIS_PORT="${WA_REDIS_PORT:-56379}"
WA_REDIS_ROOT="${WA_REDIS_ROOT:-/tmp/workflowarchive-redis}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v redis-server >/dev/null 2>&1; then
  echo "provision-redis: installing Redis from Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

mkdir -p "$WA_REDIS_ROOT"
if ! redis-cli -h 127.0.0.1 -p "$WA_REDIS_PORT" ping >/dev/null 2>&1; then
  echo "provision-redis: starting Redis on 127.0.0.1:$WA_REDIS_PORT"
  # Nothing to keep: the backplane only relays messages, so no snapshots and no append-only file.
  redis-server --bind 127.0.0.1 --port "$WA_REDIS_PORT" --dir "$WA_REDIS_ROOT" --save "" --appendonly no \
    --daemonize yes --pidfile "$WA_REDIS_ROOT/redis.pid" --logfile "$WA_REDIS_ROOT/redis.log"
fi

for _ in $(seq 1 30); do
  redis-cli -h 127.0.0.1 -p "$WA_REDIS_PORT" ping >/dev/null 2>&1 && break
  sleep 1
done
redis-cli -h 127.0.0.1 -p "$WA_REDIS_PORT" ping >/dev/null 2>&1 || { echo "provision-redis: Redis did not come up; see $WA_REDIS_ROOT/redis.log" >&2; exit 1; }

export WORKFLOWARCHIVE_TEST_REDIS="127.0.0.1:$WA_REDIS_PORT"
echo "provision-redis: ready ($WORKFLOWARCHIVE_TEST_REDIS)"
