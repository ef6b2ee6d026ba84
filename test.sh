#!/usr/bin/env bash
# Runs the tests of the solution. With no tier, every test (the README's test command); a tier runs its part alone:
#   ./test.sh              every test, all tiers
#   ./test.sh --fast       reviewer, CLI, units and the app's own HTTP pipeline on SQLite (no PostgreSQL, Chromium or nodes)
#   ./test.sh --postgres   the app's tests on PostgreSQL (classes marked [Trait("Tier", "Postgres")])
#   ./test.sh --browser    the pages in Chromium ([Trait("Tier", "Browser")], on SQLite and PostgreSQL)
#   ./test.sh --deploy     nodes, nginx, backups and restarts on this machine ([Trait("Tier", "Deploy")])
# Any further arguments go to the test platform (e.g. --filter-class '...'). Installs and starts PostgreSQL when it is
# missing (needs root and apt), unless CAREPORTAL_TEST_POSTGRES names a server; the fast tier needs no PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
tiers=(--filter-not-trait Tier=Postgres --filter-not-trait Tier=Browser --filter-not-trait Tier=Deploy)
case "${1:-}" in
  --fast) shift; scope=(--solution CarePortal.slnx); filter=("${tiers[@]}"); export CAREPORTAL_TEST_NO_POSTGRES=1 ;;
  --postgres) shift; scope=(--project tests/CarePortal.Web.Tests); filter=(--filter-trait Tier=Postgres "${tiers[@]:2}") ;;
  --browser) shift; scope=(--project tests/CarePortal.Web.Tests); filter=(--filter-trait Tier=Browser) ;;
  --deploy) shift; scope=(--project tests/CarePortal.Web.Tests); filter=(--filter-trait Tier=Deploy) ;;
  *) scope=(--solution CarePortal.slnx); filter=() ;;
esac
source .ci/setup.sh
log=$(mktemp)
# The errors the app under test logs (tests/CarePortal.Web.Tests/ServerErrorLog.cs), shown below when a try fails.
export CAREPORTAL_TEST_ERROR_LOG=${CAREPORTAL_TEST_ERROR_LOG:-$(mktemp)}
set +e
# A test that fails is run once more in a fresh process (Microsoft.Testing.Extensions.Retry): the run fails only when it
# fails twice. Every failed try is still named below, so that a test failing now and then is seen and mended.
dotnet test "${scope[@]}" -c Release --retry-failed-tests 1 ${filter[@]+"${filter[@]}"} "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# The failed tries again, just above the closing line, so that the end of a long CI log names them.
if grep -qE '^\s*failed [^:]' "$log"; then
  echo "=== failed tries (\"(try 1)\" alone: it passed when run again) ==="
  grep -A20 -E '^\s*failed [^:]' "$log" | cut -c1-300
  if [ -s "$CAREPORTAL_TEST_ERROR_LOG" ]; then
    echo "=== errors the app logged during the run (some are expected by tests of failures) ==="
    grep -E '^[0-9]{2}:[0-9]{2}:|^[A-Za-z.]+(Exception|Error)' "$CAREPORTAL_TEST_ERROR_LOG" | cut -c1-400 | tail -300
  fi
fi
# One plain closing line for CI: the sums of every test project's summary.
awk '/^  succeeded:/{p+=$2} /^  failed:/{f+=$2} /^  skipped:/{s+=$2} END{printf "%d passed, %d failed, %d skipped\n", p, f, s}' "$log"
rm -f "$log"
exit "$status"
