#!/usr/bin/env bash
# The load bar, run by hand (docs/production.md reports its figures): two nodes behind nginx on a throwaway PostgreSQL,
# mail through a real SMTP server on loopback; 500 requests a second of mixed traffic for 60 s, open loop
# (bench/CarePortal.Load), node 1 killed with SIGKILL at 30 s; then the outbox must drain, each email sent, and only
# emails the killed node was sending may arrive twice.
#
#   deploy/loadtest.sh [--rate 500] [--duration 60] [--kill-at 30] [--report FILE] [--app DIR]
#
# --app DIR runs an app already published there (dotnet publish -c Release -o DIR) instead of publishing it again.
#
# Only 127.0.0.1 is a target; the run is bounded by --duration (at most 600 s) plus a minute to drain the outbox.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/lib.sh"

if [ "${1:-}" = "--inside" ]; then
  # Runs inside run-nodes.sh, which exported CAREPORTAL_URL, the PIDs and the database.
  shift
  dotnet "$root/bench/CarePortal.Load/bin/Release/net10.0/CarePortal.Load.dll" --url "$CAREPORTAL_URL" \
    --rss-pids "$CAREPORTAL_NODE1_PID,$CAREPORTAL_NODE2_PID" --kill-pid "$CAREPORTAL_NODE1_PID" \
    --cpu "postgres=$CAREPORTAL_POSTGRES_PID,nginx=$CAREPORTAL_NGINX_PID" "$@"
  export_libpq_env "$CAREPORTAL_DATABASE"
  unsent() { psql -qAtc "select count(*) from \"Notifications\" where \"Status\" in ('pending', 'sending')"; }
  # Rows the killed node had claimed come back when their claim runs out (Mail__ClaimFor below).
  for _ in $(seq 1 120); do [ "$(unsent)" = "0" ] && break; sleep 1; done
  sent=$(psql -qAtc "select count(*) from \"Notifications\" where \"Status\" = 'sent'")
  # Claimed again after the killed node's claim ran out: that node may have handed them to the SMTP server already.
  reclaimed=$(psql -qAtc "select count(*) from \"Notifications\" where \"Status\" = 'sent' and \"Attempts\" > 1")
  received=$(find "$SINK_DIR" -name '*.eml' | wc -l)
  unique=$(find "$SINK_DIR" -name '*.eml' -exec grep -hi -m1 '^Message-Id:' {} + | sort -u | wc -l)
  echo "outbox: $sent emails marked sent ($reclaimed claimed again after the kill), $(unsent) still unsent;" \
    "the SMTP server received $received, $unique distinct Message-Ids ($((received - unique)) sent twice)"
  [ "$(unsent)" = "0" ] && [ "$unique" = "$sent" ] && [ $((received - unique)) -le "$reclaimed" ]
  exit
fi

rate=500 duration=60 kill_at=30 report="" app_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rate) rate=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --kill-at) kill_at=$2; shift 2 ;;
    --report) report=$(realpath -m "$2"); shift 2 ;;
    --app) app_args=(--app "$(realpath "$2")"); shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "loadtest.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

echo "Building the load driver …"
dotnet build "$root/bench/CarePortal.Load" -c Release --nologo -v quiet >/dev/null
work=$(mktemp -d /tmp/careportal-load.XXXXXX)
export SINK_DIR="$work/mail"
mkdir -p "$SINK_DIR"
mkfifo "$work/sink.in"
smtp_port=$(free_port)
/usr/bin/python3 "$root/tests/CarePortal.Web.Tests/Features/Notifications/smtp_sink.py" "$smtp_port" "$SINK_DIR" <"$work/sink.in" >"$work/sink.log" 2>&1 &
sink_pid=$!
exec 3>"$work/sink.in"
trap 'exec 3>&-; wait "$sink_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

# Mail flows during the run (a one-second poll), and a killed node's claimed emails return after 20 s.
export Mail__PollInterval=00:00:01 Mail__ClaimFor=00:00:20
# The load runs as three demo people: the per-person rate limits (RateLimits section) would answer 429.
export RateLimits__Review__PermitLimit=1000000 RateLimits__Api__PermitLimit=1000000
args=(--rate "$rate" --duration "$duration" --kill-at "$kill_at")
[ -n "$report" ] && args+=(--report "$report")
"$here/run-nodes.sh" "${app_args[@]}" --demo --port 0 --smtp "127.0.0.1:$smtp_port" -- "$0" --inside "${args[@]}"
