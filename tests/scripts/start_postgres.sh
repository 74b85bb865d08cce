#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the tests and print its URL.
#   tests/scripts/start_postgres.sh DIR [PORT]   (without PORT, the first free one from 54329)
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail
dir="$1"
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="${2:-}"
if [ -z "$port" ]; then
  port=54329
  while port_in_use "$port"; do port=$((port + 1)); done
fi
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found" >&2; exit 3; }
as_owner=()
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); fi
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U iepbinder --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
echo "postgresql+psycopg://iepbinder@127.0.0.1:$port/postgres"
