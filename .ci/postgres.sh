#!/usr/bin/env bash
# Starts Debian's packaged PostgreSQL cluster on 127.0.0.1 and exports CAREPORTAL_TEST_POSTGRES.
# Sourced by .ci/run; safe to run again.
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$pg_version main"; then
  pg_createcluster "$pg_version" main >/dev/null
fi
pg_ctlcluster "$pg_version" main start 2>/dev/null || true
# Waits (at most 30 s) until the server accepts connections: PostgreSQL's own readiness check, not a loop of sleeps.
"/usr/lib/postgresql/$pg_version/bin/pg_isready" -q -t 30 || true
su postgres -c "psql -qAtc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='careportal') then create role careportal login superuser password 'careportal'; end if; end \\\$\\\$;\"" >/dev/null
export CAREPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=careportal;Password=careportal;Database=postgres"
