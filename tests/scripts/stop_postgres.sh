#!/usr/bin/env bash
# Stop a server started by start_postgres.sh and remove its folder.
#   tests/scripts/stop_postgres.sh DIR
set -euo pipefail
dir="$1"
[ -d "$dir/data" ] || exit 0
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
as_owner=()
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); fi
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$dir"
