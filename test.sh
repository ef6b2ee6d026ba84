#!/usr/bin/env bash
# Runs every test of the solution (the README's test command). Installs and starts PostgreSQL
# when it is missing (needs root and apt), unless CAREPORTAL_TEST_POSTGRES names a server.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
log=$(mktemp)
set +e
# A test that fails is run once more in a fresh process (Microsoft.Testing.Extensions.Retry): the run fails only when it
# fails twice. Every failed try is still named below, so that a test failing now and then is seen and mended.
dotnet test --solution CarePortal.slnx -c Release --retry-failed-tests 1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# The failed tries again, just above the closing line, so that the end of a long CI log names them.
if grep -qE '^\s*failed [^:]' "$log"; then
  echo "=== failed tries (\"(try 1)\" alone: it passed when run again) ==="
  grep -A20 -E '^\s*failed [^:]' "$log" | cut -c1-300
fi
# One plain closing line for CI: the sums of every test project's summary.
awk '/^  succeeded:/{p+=$2} /^  failed:/{f+=$2} /^  skipped:/{s+=$2} END{printf "%d passed, %d failed, %d skipped\n", p, f, s}' "$log"
rm -f "$log"
exit "$status"
