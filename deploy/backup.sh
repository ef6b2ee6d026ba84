#!/usr/bin/env bash
# Backs up a running CarePortal: the database (PostgreSQL: pg_dump -Fc, a consistent snapshot; SQLite: the online
# backup API through `sqlite3 .backup`) and then the attachment files. Reads the app's own settings from the
# environment: Database__Provider, Database__ConnectionString, Storage__DataDirectory (docs/production.md).
#
#   deploy/backup.sh OUT_DIR      writes OUT_DIR/{database.dump|careportal.db, attachments.tar, manifest}
#
# The database is read first, the files second: every attachment the database names is in the backup (files are
# written once and named by id), at most a few newer ones too. The backup holds private details and the Data
# Protection keys: it is written readable by its owner only; keep it as safe as the database.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out=${1:?usage: backup.sh OUT_DIR}
read_app_settings
umask 077
mkdir -p "$out"
[ -z "$(ls -A "$out")" ] || { echo "backup.sh: $out is not empty" >&2; exit 2; }

if [ "$provider" = Postgres ]; then
  "$(pg_bin)/pg_dump" --format=custom --no-owner --no-privileges --file="$out/database.dump"
else
  [ -f "$sqlite" ] || { echo "backup.sh: no SQLite database at $sqlite" >&2; exit 2; }
  sqlite3 "$sqlite" ".timeout 10000" ".backup '$out/careportal.db'"
fi

mkdir -p "$data_dir/attachments"
tar -C "$data_dir" -cf "$out/attachments.tar" attachments
cat >"$out/manifest" <<MANIFEST
provider=$provider
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
attachments=$(find "$data_dir/attachments" -type f | wc -l)
MANIFEST
echo "backup.sh: $provider database and $(find "$data_dir/attachments" -type f | wc -l) attachments in $out"
