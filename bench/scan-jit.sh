#!/usr/bin/env bash
# The large-file scans under each JIT: the paragraph index of bench/out/big.txt (LargeFile.index,
# as the reader starts it) and the find of ZEBRAFINCH in it (MappedSearch, as the reader's find runs
# it), each in a fresh JVM (the JIT starts cold, as in the reader), with C1 only and with C2, for
# this build's jar and for a baseline jar (an older build) measured alternately in the same run.
# Prints the median of RUNS wall times in ms with the samples, and the load average before and after.
#
# usage: bench/scan-jit.sh BASELINE.jar [RUNS]     (RUNS default 5)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE="${1:?usage: bench/scan-jit.sh BASELINE.jar [RUNS]}"
RUNS="${2:-5}"
BIG="$ROOT/bench/out/big.txt"
[ -s "$BIG" ] || { echo "scan-jit: $BIG is missing (see bench/big-doc.sh)" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/scan-jit.XXXXXX")"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
"$ROOT/pilcrow" --version >/dev/null || exit 1
javac -d "$WORK" -cp "$ROOT/target/pilcrow.jar" "$ROOT/bench/scan/ScanTimes.java" || exit 1

declare -A samples
echo "load before: $(uptime)"
for ((r = 1; r <= RUNS; r++)); do
  for what in index find; do
    for jit in C1 C2; do
      flags=(); [ "$jit" = C1 ] && flags=(-XX:TieredStopAtLevel=1)
      for build in new base; do
        jar="$ROOT/target/pilcrow.jar"; [ "$build" = base ] && jar="$BASE"
        ms="$(java "${flags[@]}" -cp "$jar:$WORK" ScanTimes "$what" "$BIG" | cut -d' ' -f1)"
        samples[$what-$jit-$build]+="$ms "
      done
    done
  done
done
echo "load after:  $(uptime)"
for what in index find; do
  for jit in C1 C2; do
    for build in new base; do
      s="${samples[$what-$jit-$build]}"
      printf '%-6s %s %-5s %6s ms  [%s]\n' "$what" "$jit" "$build" "$(echo "$s" | median)" "${s% }"
    done
  done
done
