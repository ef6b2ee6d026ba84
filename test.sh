#!/usr/bin/env bash
# Runs every test of the solution (the README's test command). Installs and starts PostgreSQL
# when it is missing (needs root and apt), unless CAREPORTAL_TEST_POSTGRES names a server.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
dotnet test CarePortal.slnx -c Release "$@"
