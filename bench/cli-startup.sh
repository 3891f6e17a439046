#!/usr/bin/env bash
# Start-up of the short commands (issue 23's targets): `pilcrow --version` and `pilcrow find
# Interpol` on the bundled seeds, start to exit, next to a JVM printing hello (bench/JvmHello.java)
# and `grep -r Interpol seeds/` measured in the same run. Runs are interleaved (one of each
# command per round) so machine noise falls on all of them alike; each command's output goes to a
# file, and a run that fails or prints the wrong thing fails the script.
#
# usage: bench/cli-startup.sh [-n RUNS] [--also 'NAME=COMMAND PREFIX']...
#   -n RUNS   measured runs per command (default 15, or $RUNS); one unmeasured warm-up round first
#             (it also lets the launcher make its archives or caches)
#   --also N=P  also measure P --version and P find Interpol as N (repeatable), e.g. the
#             installed package: --also 'installed=/usr/bin/pilcrow'
# Without --also the launcher (./pilcrow, which picks its JDK) is measured. Prints medians in ms
# and their ratio to the JVM hello; the targets are --version at most 120 ms and find at most
# 200 ms on this machine (issue 23), read through the ratio on a busy machine.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-15}"
ALSO=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    --also) ALSO+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "cli-startup: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "cli-startup: -n wants a positive number" >&2; exit 2 ;; esac
die() { echo "cli-startup: $*" >&2; exit 1; }
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 (EPOCHREALTIME)"

OUT="$ROOT/bench/out"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cli-startup.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export PILCROW_DATA_DIR="$WORK/data"
mkdir -p "$OUT"
HELLO_CLASS="$OUT/JvmHello.class"
if [ ! -f "$HELLO_CLASS" ] || [ "$ROOT/bench/JvmHello.java" -nt "$HELLO_CLASS" ]; then
  javac -nowarn --release 17 -d "$OUT" "$ROOT/bench/JvmHello.java" || die "could not compile bench/JvmHello.java"
fi
# The launcher builds the jar when it is stale: once here, never inside a measured run.
"$ROOT/pilcrow" --version >/dev/null || die "./pilcrow --version failed"

# name | command | what its output must hold
NAMES=(); CMDS=(); EXPECT=()
add() { NAMES+=("$1"); CMDS+=("$2"); EXPECT+=("$3"); }
q() { printf '%q' "$1"; }
add "JVM hello" "java -cp $(q "$OUT") JvmHello" "^hello"
add "grep -r Interpol seeds" "grep -r Interpol $(q "$ROOT/seeds")" "Interpol"
prefixes=("launcher=$(q "$ROOT/pilcrow")")
[ ${#ALSO[@]} -gt 0 ] && prefixes+=("${ALSO[@]}")
for p in "${prefixes[@]}"; do
  add "${p%%=*} --version" "${p#*=} --version" "^pilcrow [0-9]"
  add "${p%%=*} find Interpol" "${p#*=} find Interpol" "Interpol"
done

# run I -> prints wall milliseconds (3 decimals); fails when the command fails or its output lacks
# what it must hold.
run() {
  local t0 t1
  t0=$EPOCHREALTIME
  bash -c "${CMDS[$1]}" >"$WORK/out" 2>"$WORK/err" </dev/null || { cat "$WORK/err" >&2; return 1; }
  t1=$EPOCHREALTIME
  grep -q -- "${EXPECT[$1]}" "$WORK/out" || { echo "${NAMES[$1]} printed:" >&2; head -3 "$WORK/out" >&2; return 1; }
  [ ! -s "$WORK/err" ] || { echo "${NAMES[$1]} wrote to stderr:" >&2; head -3 "$WORK/err" >&2; return 1; }
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b - a) * 1000}'
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {if (NR==0) print ""; else if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "cli-startup: $RUNS runs each, interleaved, after one warm-up round (load: $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
declare -A SAMPLES
FAILED=0
for ((r = 0; r <= RUNS; r++)); do
  for i in "${!NAMES[@]}"; do
    if ms="$(run "$i")"; then
      [ $r -gt 0 ] && SAMPLES[$i]+="$ms "
    else
      echo "cli-startup: ${NAMES[$i]} failed" >&2; FAILED=1
    fi
  done
done

HELLO="$(echo "${SAMPLES[0]:-}" | median)"
echo
echo "start to exit, ms ($(nproc) cores, $RUNS runs; load after: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "JVM hello on $(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/'); the launcher runs $("$ROOT/pilcrow" --version 2>/dev/null | head -1) on the JDK it picks"
printf "%-36s %8s %8s %9s\n" "command" "median" "min" "/hello"
for i in "${!NAMES[@]}"; do
  med="$(echo "${SAMPLES[$i]:-}" | median)"
  min="$(echo "${SAMPLES[$i]:-}" | tr ' ' '\n' | grep . | sort -n | head -1)"
  printf "%-36s %8s %8s %9s\n" "${NAMES[$i]}" "${med:--}" "${min:--}" \
    "$(awk -v a="$med" -v b="$HELLO" 'BEGIN {if (a=="" || b==0) print "-"; else printf "%.2fx", a/b}')"
done
[ "$FAILED" = 0 ] || { echo "cli-startup: some runs failed (see above)" >&2; exit 1; }
