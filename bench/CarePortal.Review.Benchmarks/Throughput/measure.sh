#!/usr/bin/env bash
# Median end-to-end throughput of `careportal review --jsonl` and start-up time, pinned to one core.
#   bench/CarePortal.Review.Benchmarks/Throughput/measure.sh [CAREPORTAL] [INPUT] [RUNS]
# CAREPORTAL: the command to run (default: the Release build of src/CarePortal.Cli, through its apphost);
# INPUT: a --jsonl file (default: made by make-input.py); RUNS: 5.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
cli="${1:-$root/src/CarePortal.Cli/bin/Release/net10.0/careportal}"
input="${2:-}"
runs="${3:-5}"
if [[ -z "$input" ]]; then
  input="$(mktemp --suffix=.jsonl)"
  trap 'rm -f "$input"' EXIT
  python3 "$here/make-input.py" > "$input"
fi
lines=$(grep -c . "$input")
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Wall clock and processor time (user + system): on a busy machine the clock also counts other programs' turns.
TIMEFORMAT='%R %U %S'
rates=() cpu_rates=()
for _ in $(seq "$runs"); do
  read -r real user sys < <({ time taskset -c 0 $cli review --jsonl < "$input" > /dev/null; } 2>&1)
  rates+=("$(echo "$lines / $real" | bc -l)")
  cpu_rates+=("$(echo "$lines / ($user + $sys)" | bc -l)")
done
printf 'review --jsonl, %d descriptions, taskset -c 0, %d runs: median %.0f descriptions/s on the clock (runs: %s), %.0f per second of processor time\n' \
  "$lines" "$runs" "$(printf '%s\n' "${rates[@]}" | median)" "$(printf '%.0f ' "${rates[@]}")" "$(printf '%s\n' "${cpu_rates[@]}" | median)"

starts=() cpu_starts=()
for _ in $(seq "$runs"); do
  read -r real user sys < <({ time (echo "Mom is doing great on her TTV." | taskset -c 0 $cli review - --need clothing > /dev/null || true); } 2>&1)
  starts+=("$(echo "$real * 1000" | bc -l)")
  cpu_starts+=("$(echo "($user + $sys) * 1000" | bc -l)")
done
printf 'start-up (review of one sentence), taskset -c 0, %d runs: median %.0f ms on the clock (runs: %s), %.0f ms of processor time\n' \
  "$runs" "$(printf '%s\n' "${starts[@]}" | median)" "$(printf '%.0f ' "${starts[@]}")" "$(printf '%s\n' "${cpu_starts[@]}" | median)"
