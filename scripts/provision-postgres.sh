#!/usr/bin/env bash
# Installs (Debian package) and starts a throw-away PostgreSQL cluster on loopback for the tests, if it is not
# already running. Idempotent. Source it to get WORKFLOWARCHIVE_TEST_POSTGRES exported.
# WA_PG_DURABLE=1 keeps fsync and synchronous_commit on (the benchmarks measure durable commits); the test
# cluster turns them off for speed. Use another WA_PG_PORT/WA_PG_ROOT for it, since a running cluster is reused.
set -euo pipefail

WA_PG_PORT="${WA_PG_PORT:-55432}"
# The test cluster lives in memory when /dev/shm has room: the tests create and drop a database per test, and on ext4
# each CREATE DATABASE's hundreds of files made the kernel's search for free inodes a third of the Host group's CPU
# (the group took 108-121 s there, 72 s here). The benchmarks pass a WA_PG_ROOT on disk.
if [ -z "${WA_PG_ROOT:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df --output=avail -k /dev/shm 2>/dev/null | tail -n 1)" -gt 2097152 ] 2>/dev/null; then
    WA_PG_ROOT=/dev/shm/workflowarchive-pg
  else
    WA_PG_ROOT=/tmp/workflowarchive-pg
  fi
fi
WA_PG_DATA="$WA_PG_ROOT/data"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "provision-postgres: installing PostgreSQL from Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
# pg_dump and pg_restore on the PATH, for the backup tests (Debian's postgresql-client; the server package does not put them there).
if ! which pg_dump >/dev/null 2>&1 || ! which pg_restore >/dev/null 2>&1; then
  echo "provision-postgres: installing postgresql-client (pg_dump, pg_restore)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# PostgreSQL refuses to run as root: run the cluster as the 'postgres' system user when we are root.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$WA_PG_ROOT" postgres
  run_pg() { runuser -u postgres -- "$@"; }
else
  run_pg() { "$@"; }
fi

if [ "${WA_PG_DURABLE:-0}" = "1" ]; then
  WA_PG_SETTINGS="-c fsync=on -c synchronous_commit=on"
else
  WA_PG_SETTINGS="-c fsync=off -c synchronous_commit=off"
fi

mkdir -p "$WA_PG_ROOT"
[ "$(id -u)" -eq 0 ] && chown postgres "$WA_PG_ROOT"

# A cluster already answering on the port is reused, wherever its data lives (one started before the test cluster
# moved to /dev/shm, say): starting a second one there would only fail.
if "$PGBIN/pg_isready" -h 127.0.0.1 -p "$WA_PG_PORT" -q; then
  echo "provision-postgres: a cluster already answers on 127.0.0.1:$WA_PG_PORT; using it"
elif [ ! -s "$WA_PG_DATA/PG_VERSION" ]; then
  echo "provision-postgres: creating a test cluster in $WA_PG_DATA"
  run_pg "$PGBIN/initdb" -D "$WA_PG_DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! "$PGBIN/pg_isready" -h 127.0.0.1 -p "$WA_PG_PORT" -q && ! run_pg "$PGBIN/pg_ctl" -D "$WA_PG_DATA" status >/dev/null 2>&1; then
  echo "provision-postgres: starting PostgreSQL on 127.0.0.1:$WA_PG_PORT"
  run_pg "$PGBIN/pg_ctl" -D "$WA_PG_DATA" -l "$WA_PG_ROOT/server.log" -w -t 60 start \
    -o "-p $WA_PG_PORT -k $WA_PG_ROOT -c listen_addresses=127.0.0.1 -c max_connections=400 $WA_PG_SETTINGS" >/dev/null
fi

for _ in $(seq 1 60); do
  "$PGBIN/pg_isready" -h 127.0.0.1 -p "$WA_PG_PORT" -q && break
  sleep 1
done
"$PGBIN/pg_isready" -h 127.0.0.1 -p "$WA_PG_PORT" -q || { echo "provision-postgres: PostgreSQL did not come up; see $WA_PG_ROOT/server.log" >&2; exit 1; }

export WORKFLOWARCHIVE_TEST_POSTGRES="Host=127.0.0.1;Port=$WA_PG_PORT;Username=postgres;Database=postgres"
echo "provision-postgres: ready ($WORKFLOWARCHIVE_TEST_POSTGRES)"
