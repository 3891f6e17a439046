#!/usr/bin/env bash
# The 10,000-document library (issue 6): the document list on screen, and a word found across
# every document, each next to its baseline measured in the same run, on the same machine.
#   - list on screen: start of `pilcrow LIB` to the list with the first screen's titles and counts
#     (tuiprobe, 100x30), with an empty data folder (first start: the rest is measured in the
#     background) and again with the cache that run left; also when every count is in.
#     Target: under 1 s.
#   - `pilcrow find -i WORD LIB` against `grep -rli WORD LIB`, for a word some documents hold and
#     for one that none does. Target: within 2.5x of grep (issue 25; was 3x).
# The library is made with mkcorpus unless it exists (LIB=... or the default below).
#
# usage: bench/library.sh [-n RUNS]      (default 5 runs each; medians are printed)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-/work/shared/tools/tuiprobe}"
MKCORPUS="${MKCORPUS:-/work/shared/tools/mkcorpus}"
LIB="${LIB:-/tmp/lib10k/lib}"
RUNS="${RUNS:-5}"
PRESENT="${PRESENT:-Lotrasubka}"
ABSENT="${ABSENT:-qqqxyz}"
SIZE=100x30
# shellcheck source=bench/args.sh
. "$ROOT/bench/args.sh"
bench_args library "$@"

command -v tmux >/dev/null || die "tmux is needed"
[ -x "$TUIPROBE" ] || die "tuiprobe not found (set TUIPROBE=...)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/library-bench.XXXXXX")"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

if [ ! -d "$LIB" ]; then
  echo "library: making $LIB with mkcorpus (about 2 minutes)..." >&2
  "$MKCORPUS" library "$LIB" --docs 10000 >&2 || die "mkcorpus failed"
fi
DOCS="$(find "$LIB" -type f | wc -l)"
JAR="$ROOT/target/pilcrow.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$JAR" -print -quit 2>/dev/null)" ]; then
  (cd "$ROOT" && mvn -B -q -DskipTests package) >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
fi
q() { printf '%q' "$1"; }

# probe DATA -> "first_paint_ms all_counts_ms": the launcher on the library with data folder DATA;
# waits for the first row's counts, then for the background pass to end, then quits.
probe() {
  local data="$1" out="$WORK/probe.out"
  # The data folder from the environment, so the command is `pilcrow LIB` as a user types it.
  "$TUIPROBE" --size "$SIZE" --timeout 120 --cmd "PILCROW_DATA_DIR=$(q "$data") $(q "$ROOT/pilcrow") $(q "$LIB")" \
    --step "wait:$DOCS documents[^\n]*\n.*PARAS.*\n.*[0-9]+ +[0-9]+ " --step "gone:Measuring documents" \
    --step "keys:q" --step "exited" >"$out" 2>&1 &
  PROBE_PID=$!
  wait "$PROBE_PID" || { cat "$out" >&2; PROBE_PID=""; return 1; }
  tmux -L "tuiprobe-$PROBE_PID" has-session 2>/dev/null || rm -f "$SOCKDIR/tuiprobe-$PROBE_PID"
  PROBE_PID=""
  echo "$(sed -n 's/^wait:.* ms=\([0-9]*\)$/\1/p' "$out" | head -1) $(sed -n 's/^gone:.* ms=\([0-9]*\)$/\1/p' "$out" | head -1)"
}

# timed CMD... -> milliseconds of wall time (output discarded)
timed() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

echo "library: $DOCS documents in $LIB, $RUNS runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
probe "$WORK/warm" >/dev/null || die "pilcrow never showed the list"   # page cache, CDS archive
"$ROOT/pilcrow" find -i "$ABSENT" "$LIB" >/dev/null 2>&1                 # the find CDS archive
FIRST=(); ALL=(); CACHED=(); P=(); PG=(); A=(); AG=()
for ((r = 0; r < RUNS; r++)); do
  rm -rf "$WORK/data"
  read -r f a < <(probe "$WORK/data") || die "first start failed"
  FIRST+=("$f"); ALL+=("$a")
  read -r c _ < <(probe "$WORK/data") || die "cached start failed"
  CACHED+=("$c")
  P+=("$(timed "$ROOT/pilcrow" find -i "$PRESENT" "$LIB")"); PG+=("$(timed grep -rli "$PRESENT" "$LIB")")
  A+=("$(timed "$ROOT/pilcrow" find -i "$ABSENT" "$LIB")"); AG+=("$(timed grep -rli "$ABSENT" "$LIB")")
done
m() { echo "$@" | median; }
mf=$(m "${FIRST[@]}"); ma=$(m "${ALL[@]}"); mc=$(m "${CACHED[@]}")
mp=$(m "${P[@]}"); mpg=$(m "${PG[@]}"); mab=$(m "${A[@]}"); mag=$(m "${AG[@]}")
met() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "**met**" : "**not met**" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
hits=$(grep -rli "$PRESENT" "$LIB" | wc -l)
echo
echo "| figure | median ms | baseline | ratio | target |"
echo "|---|---|---|---|---|"
echo "| list on screen, first start (empty data folder) | $mf | | | under 1000 ms: $(met "$mf" 1000) |"
echo "| every count in, first start (background pass) | $ma | | | |"
echo "| list on screen, second start (cache) | $mc | | | under 1000 ms: $(met "$mc" 1000) |"
echo "| \`pilcrow find -i $PRESENT\` ($hits documents hold it) | $mp | grep -rli $mpg | $(ratio "$mp" "$mpg")x | within 2.5x: $(met "$(ratio "$mp" "$mpg")" 2.5) |"
echo "| \`pilcrow find -i $ABSENT\` (no document holds it) | $mab | grep -rli $mag | $(ratio "$mab" "$mag")x | within 2.5x: $(met "$(ratio "$mab" "$mag")" 2.5) |"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1)"
