#!/usr/bin/env bash
# A PostgreSQL cluster of its own in a folder, on 127.0.0.1 only, for the loopback deployment and the fault test
# (which restarts it: the shared server on 5432 is never touched). Trust authentication: loopback and throwaway only.
#
#   postgres-throwaway.sh start DIR [PORT]   initdb (first time), start, create database "careportal";
#                                            prints the Npgsql connection string
#   postgres-throwaway.sh restart DIR        fast restart (drops every connection), waits until it accepts again
#   postgres-throwaway.sh stop DIR           stops it; the folder stays (rm -rf DIR to forget it)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command=${1:?usage: postgres-throwaway.sh start|restart|stop DIR [PORT]}
dir=$(realpath -m "${2:?usage: postgres-throwaway.sh start|restart|stop DIR [PORT]}")
bin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    port=${3:-$(free_port)}
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log"
      cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
CONF
    fi
    port=$(sed -n 's/^port = \([0-9]*\)$/\1/p' "$dir/data/postgresql.conf" | tail -1)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAtc \
      "select 1 from pg_database where datname = 'careportal'" | grep -q 1 \
      || as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres careportal
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=careportal"
    ;;
  restart)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -m fast restart >/dev/null
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -w -t 60 -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: postgres-throwaway.sh start|restart|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
