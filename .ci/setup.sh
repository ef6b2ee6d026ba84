#!/usr/bin/env bash
# Installs the real parts the tests use (idempotent): PostgreSQL, then starts it on loopback.
# Sourced by test.sh so that CAREPORTAL_TEST_POSTGRES reaches the test run.
need_apt=()
command -v pg_ctlcluster >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing ${need_apt[*]}; install them (apt-get install ${need_apt[*]}) or run as root" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if [ -z "${CAREPORTAL_TEST_POSTGRES:-}" ]; then
  source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"
fi
