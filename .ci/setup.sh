#!/usr/bin/env bash
# Installs the real parts the tests use (idempotent): PostgreSQL, Chromium for browser tests,
# aiosmtpd for a loopback SMTP server, nginx, sqlite3 and curl for the deployment and backup tests
# (deploy/), saying what it installed; then starts a throwaway PostgreSQL cluster on 127.0.0.1 (.ci/postgres.sh).
# Sourced by test.sh so that CAREPORTAL_TEST_POSTGRES reaches the test run.
need_apt=()
command -v pg_ctlcluster >/dev/null 2>&1 || need_apt+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || need_apt+=(python3-aiosmtpd)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
command -v sqlite3 >/dev/null 2>&1 || need_apt+=(sqlite3)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing ${need_apt[*]}; install them (apt-get install ${need_apt[*]}) or run as root" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  echo "test.sh: installed from Debian's packages: ${need_apt[*]}"
fi
export CAREPORTAL_CHROMIUM="${CAREPORTAL_CHROMIUM:-/usr/bin/chromium}"
# The fast tier (./test.sh --fast) runs no PostgreSQL test, so it starts no server.
if [ -z "${CAREPORTAL_TEST_POSTGRES:-}" ] && [ -z "${CAREPORTAL_TEST_NO_POSTGRES:-}" ]; then
  source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"
fi
