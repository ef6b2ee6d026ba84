#!/usr/bin/env bash
# Starts a PostgreSQL cluster of the tests' own (a throwaway one in a folder, never the machine's shared server) on
# 127.0.0.1 with a random password, and exports CAREPORTAL_TEST_POSTGRES. Sourced by .ci/setup.sh; safe to run again
# (the cluster, its port and its password are kept in the folder and reused). Delete the folder to forget them.
pg_dir=${CAREPORTAL_TEST_POSTGRES_DIR:-/tmp/careportal-test-postgres}
pg_bin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin
# The server outlives this script: it must not inherit the caller's open files (a held lock would stay held while it runs).
pg_without_inherited_files() { ( for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; "$@" ); }
pg_as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
  mkdir -p "$pg_dir" && chmod 700 "$pg_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir"
  # A random password, readable by the cluster's owner alone; the superuser has no other.
  (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pg_dir/password")
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir/password"
  pg_as_owner "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A scram-sha-256 --pwfile="$pg_dir/password" --no-sync -E UTF8 >"$pg_dir/initdb.log"
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  cat >>"$pg_dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$pg_dir'
max_connections = 300
CONF
  echo "test.sh: made a throwaway PostgreSQL cluster in $pg_dir (127.0.0.1:$pg_port, user postgres, random password in $pg_dir/password)"
fi
pg_port=$(sed -n 's/^port = \([0-9]*\)$/\1/p' "$pg_dir/data/postgresql.conf" | tail -1)
# Waits until the server accepts connections (pg_ctl -w), not a loop of sleeps.
pg_as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 status >/dev/null 2>&1 \
  || pg_without_inherited_files pg_as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 start >/dev/null
export CAREPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$(cat "$pg_dir/password");Database=postgres"
echo "test.sh: PostgreSQL for the tests: $pg_dir (127.0.0.1:$pg_port); stop it with: runuser -u postgres -- $pg_bin/pg_ctl -D $pg_dir/data stop"
