#!/usr/bin/env bash
# Helpers shared by the deploy scripts (sourced, not run).

# Prints a free TCP port on 127.0.0.1.
free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Exports libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE from an Npgsql connection string
# ("Host=…;Port=…;Username=…;Password=…;Database=…"), so that pg_dump and psql reach the app's database.
export_libpq_env() {
  local part key value
  unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
  IFS=';' read -ra parts <<<"$1"
  for part in "${parts[@]}"; do
    [ -z "${part// }" ] && continue
    key=$(printf '%s' "${part%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
    value=${part#*=}
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      username|userid|user|uid) export PGUSER="$value" ;;
      password|pwd) export PGPASSWORD="$value" ;;
      database|db) export PGDATABASE="$value" ;;
    esac
  done
}

# The SQLite file the app uses: Database__ConnectionString's Data Source, else careportal.db in the data folder.
sqlite_file() {
  local data_dir=$1 connection=$2 part key
  IFS=';' read -ra parts <<<"$connection"
  for part in "${parts[@]}"; do
    key=$(printf '%s' "${part%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
    if [ "$key" = "datasource" ] || [ "$key" = "filename" ]; then
      printf '%s\n' "${part#*=}"
      return
    fi
  done
  printf '%s\n' "$data_dir/careportal.db"
}

# Waits until URL answers 200, at most SECONDS; returns 1 when it never did.
wait_for_200() {
  local url=$1 seconds=${2:-60} i
  for ((i = 0; i < seconds * 4; i++)); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url")" = "200" ]; then
      return 0
    fi
    sleep 0.25
  done
  return 1
}

# PostgreSQL's client programs (pg_dump, pg_restore, psql) of the newest installed version.
pg_bin() {
  printf '%s\n' "/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin"
}

# The app's settings as its nodes read them from the environment (docs/production.md): provider, connection, data folder.
read_app_settings() {
  provider=${Database__Provider:-Sqlite}
  connection=${Database__ConnectionString:-}
  data_dir=${Storage__DataDirectory:-$(dirname "$(dirname "${BASH_SOURCE[0]}")")/src/CarePortal.Web/data}
  data_dir=$(realpath -m "$data_dir")
  case "$provider" in
    Postgres)
      [ -n "$connection" ] || { echo "Database__ConnectionString is required for PostgreSQL" >&2; exit 2; }
      export_libpq_env "$connection" ;;
    Sqlite) sqlite=$(realpath -m "$(sqlite_file "$data_dir" "$connection")") ;;
    *) echo "Database__Provider must be Sqlite or Postgres" >&2; exit 2 ;;
  esac
}
