#!/usr/bin/env bash
# Live review latency: POST /api/review at about 200 requests a second on 127.0.0.1, signed in with a cookie and with a
# bearer API token, against the app in Release with Production settings on SQLite. Prints p50/p99 and the achieved rate.
#   bench/review-latency.sh [seconds per run (30)] [connections (2)] [pause per connection in ms (9)]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CONNECTIONS=${2:-2}
export DELAY_MS=${3:-9}
PORT=${PORT:-5197}
URL="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

DATA=$(mktemp -d /tmp/careportal-bench.XXXXXX)
APP_PID=""
stop() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi; }
trap 'stop; rm -rf "$DATA"' EXIT

start() { # $1: environment
  ASPNETCORE_ENVIRONMENT=$1 RateLimits__Enabled=${RateLimits__Enabled:-false} Storage__DataDirectory="$DATA" Mail__SendInBackground=false Logging__LogLevel__Default=Warning \
    dotnet run -c Release --no-launch-profile --project src/CarePortal.Web -- --urls "$URL" >"$DATA/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do curl -fs "$URL/health" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "the app did not start: see $DATA/app-$1.log" >&2; cat "$DATA/app-$1.log" >&2; exit 1
}

dotnet build -c Release src/CarePortal.Web >/dev/null
# Production never seeds demo data: seed the database once in Development, then measure in Production on it.
start Development; stop
start Production

JAR="$DATA/jar"
TOKEN_FIELD=$(curl -fs -c "$JAR" "$URL/Accounts/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -fs -b "$JAR" -c "$JAR" -o /dev/null "$URL/Accounts/Login" --data-urlencode "Email=caseworker@dcs.example" \
  --data-urlencode "Password=CarePortal-demo-1" --data-urlencode "__RequestVerificationToken=$TOKEN_FIELD"
COOKIE="careportal=$(awk '$6 == "careportal" { print $7 }' "$JAR")"
TOKEN=$(curl -fs -b "$JAR" -X POST "$URL/api/accounts/tokens" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
[ "${#COOKIE}" -gt 20 ] && [ "${TOKEN#cp_}" != "$TOKEN" ] || { echo "could not sign in" >&2; exit 1; }

run() { # $1: label; the cookie or token comes from the environment
  wrk -t 1 -c 2 -d 5s -s bench/review-latency.lua "$URL/api/review" >/dev/null   # warm-up
  echo "$1 ($CONNECTIONS connections, ${DELAY_MS} ms pause, ${SECONDS_PER_RUN} s): $(wrk -t 1 -c "$CONNECTIONS" -d "${SECONDS_PER_RUN}s" \
    -s bench/review-latency.lua "$URL/api/review" | grep '^RESULT' | sed 's/^RESULT //')"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
CAREPORTAL_COOKIE="$COOKIE" run cookie
CAREPORTAL_TOKEN="$TOKEN" run token
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
