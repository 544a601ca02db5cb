#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages if it is missing, starts a cluster, creates a fresh test database,
# and prints its URL (for PARLEY_TEST_PG). Run as root, by .ci/run.
set -euo pipefail
log() { echo "postgres: $*" >&2; }
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql from Debian's packages"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  log "starting cluster $version/main"
  pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
psql_root() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
for _ in $(seq 1 50); do psql_root -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.2; done
psql_root <<SQL >&2
DROP DATABASE IF EXISTS parley_ci;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'parley_ci') THEN CREATE ROLE parley_ci LOGIN PASSWORD 'parley_ci'; END IF;
END \$\$;
CREATE DATABASE parley_ci OWNER parley_ci;
SQL
log "PostgreSQL $version on port $port, database parley_ci"
echo "postgres://parley_ci:parley_ci@127.0.0.1:$port/parley_ci"
