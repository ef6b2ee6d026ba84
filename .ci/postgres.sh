#!/usr/bin/env bash
# Starts Debian's packaged PostgreSQL cluster on 127.0.0.1 and exports CAREPORTAL_TEST_POSTGRES.
# Sourced by .ci/run; safe to run again.
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$pg_version main"; then
  pg_createcluster "$pg_version" main >/dev/null
fi
pg_ctlcluster "$pg_version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qAtc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='careportal') then create role careportal login superuser password 'careportal'; end if; end \\\$\\\$;\"" >/dev/null
export CAREPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=careportal;Password=careportal;Database=postgres"
