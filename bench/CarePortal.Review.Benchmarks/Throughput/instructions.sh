#!/usr/bin/env bash
# Instructions per description of `careportal review --jsonl`, counted by valgrind (cachegrind): unlike the clock or processor
# time, the count does not change with what else the machine is running, so two builds compare on a busy machine.
#   bench/CarePortal.Review.Benchmarks/Throughput/instructions.sh CAREPORTAL INPUT [DESCRIPTIONS]
# CAREPORTAL: the tool to count (a Native AOT build; its .dbg file is left aside, valgrind cannot read its DWARF); INPUT: a --jsonl
# file; DESCRIPTIONS: how many of its first lines to review (default 1000). Needs valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cli="$1"; input="$2"; count="${3:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$cli" "$work/careportal"
strip --strip-debug "$work/careportal" 2>/dev/null || true # a build with its symbols inside: valgrind reads only the symbol table
head -n "$count" "$input" > "$work/input.jsonl"
refs() { valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$work/careportal" review --jsonl < "$1" 2>&1 >/dev/null \
  | sed -n 's/.*I *refs: *//p' | tr -d ','; }
total=$(refs "$work/input.jsonl")
start=$(refs /dev/null)
lines=$(grep -c . "$work/input.jsonl")
printf 'review --jsonl: %d instructions a description over %d descriptions (%d in all, %d of them the start-up)\n' \
  $(( (total - start) / lines )) "$lines" "$total" "$start"
