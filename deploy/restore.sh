#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a fresh database and data folder, named by the same settings the app
# reads (Database__Provider, Database__ConnectionString, Storage__DataDirectory). Stop every node first; start them
# after: they apply any newer migrations on start.
#
#   deploy/restore.sh BACKUP_DIR
#
# Refuses to write over data: the PostgreSQL database must exist and be empty (createdb it), the SQLite file must not
# exist, and the attachments folder must be empty.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
in=${1:?usage: restore.sh BACKUP_DIR}
read_app_settings
backup_provider=$(sed -n 's/^provider=//p' "$in/manifest")
[ "$backup_provider" = "$provider" ] || { echo "restore.sh: the backup is of $backup_provider, the settings name $provider" >&2; exit 2; }
if [ -d "$data_dir/attachments" ] && [ -n "$(ls -A "$data_dir/attachments")" ]; then
  echo "restore.sh: $data_dir/attachments is not empty" >&2
  exit 2
fi

if [ "$provider" = Postgres ]; then
  tables=$("$(pg_bin)/psql" -qAtc "select count(*) from pg_tables where schemaname = 'public'")
  [ "$tables" = "0" ] || { echo "restore.sh: database $PGDATABASE is not empty ($tables tables); restore into a fresh one" >&2; exit 2; }
  "$(pg_bin)/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$in/database.dump"
else
  [ ! -e "$sqlite" ] || { echo "restore.sh: $sqlite exists; restore into a fresh data folder" >&2; exit 2; }
  mkdir -p "$(dirname "$sqlite")"
  cp "$in/careportal.db" "$sqlite"
fi

mkdir -p "$data_dir"
tar -C "$data_dir" -xf "$in/attachments.tar"
echo "restore.sh: $provider database and $(find "$data_dir/attachments" -type f | wc -l) attachments restored"
