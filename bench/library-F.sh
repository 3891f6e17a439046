#!/usr/bin/env bash
# F (find in every document) in the reader, key to results complete, next to grep in the same run:
#   - the 10,000-document library (LIB): `pilcrow LIB`, wait for the list, F, the word, Enter, until
#     the results line says it is done (tuiprobe, 100x30), against `grep -rli WORD LIB`.
#     Target (issue 6): within 3x of grep.
#   - a folder holding the 1 GiB document (BIG, linked into a temporary folder): F ZEBRAFINCH to
#     results complete, against `grep -c ZEBRAFINCH BIG`.
# Each data folder is warmed first (the library's counts cached, so no background pass competes).
# BASE=/path/to/other/pilcrow measures that launcher too (an older build: the "before").
#
# usage: bench/library-F.sh [-n RUNS]      (default 5 runs each; medians, min and max are printed)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-/work/shared/tools/tuiprobe}"
LIB="${LIB:-/tmp/lib10k/lib}"
BIG="${BIG:-$ROOT/bench/out/big.txt}"
WORD="${WORD:-Lotrasubka}"
MARKER="${MARKER:-ZEBRAFINCH}"
RUNS="${RUNS:-5}"
BASE="${BASE:-}"
# The reader indexes the large document from its first paint on, on every core: F waits this long
# first, so the figure is the search's, not the search's and the index's together.
INDEX_PAUSE="${INDEX_PAUSE:-6000}"
SIZE=100x30
# shellcheck source=bench/args.sh
. "$ROOT/bench/args.sh"
bench_args library-F "$@"

command -v tmux >/dev/null || die "tmux is needed"
[ -x "$TUIPROBE" ] || die "tuiprobe not found (set TUIPROBE=...)"
[ -d "$LIB" ] || die "no library at $LIB (make one with mkcorpus, or see bench/library.sh)"
[ -f "$BIG" ] || die "no 1 GiB document at $BIG (see bench/big-doc.sh)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/library-F.XXXXXX")"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
mkdir -p "$WORK/bigdir" && ln -s "$(readlink -f "$BIG")" "$WORK/bigdir/big.txt"
q() { printf '%q' "$1"; }

# probe LAUNCHER DATA FOLDER WORD LIST_REGEX PAUSE_MS -> ms from Enter to the results done
probe() {
  local launcher="$1" data="$2" folder="$3" word="$4" list="$5" pause="$6" out="$WORK/probe.out"
  "$TUIPROBE" --size "$SIZE" --timeout 120 \
    --cmd "PILCROW_DATA_DIR=$(q "$data") $(q "$launcher") $(q "$folder")" \
    --step "wait:$list" --step "sleep:$pause" --step "keys:F" --step "keys:$word" --step "key:Enter" \
    --step "wait:Find in library: $word .*\n(.|\n)*Enter open . j/k move . q back" \
    --step "keys:q" --step "keys:q" --step "exited" >"$out" 2>&1 &
  PROBE_PID=$!
  wait "$PROBE_PID" || { cat "$out" >&2; PROBE_PID=""; return 1; }
  tmux -L "tuiprobe-$PROBE_PID" has-session 2>/dev/null || rm -f "$SOCKDIR/tuiprobe-$PROBE_PID"
  PROBE_PID=""
  sed -n 's/^wait:Find in library.* ms=\([0-9]*\)$/\1/p' "$out" | head -1
}

# warm LAUNCHER DATA FOLDER: first start, until every count is in (cached in DATA for the runs)
warm() {
  local out="$WORK/warm.out"
  "$TUIPROBE" --size "$SIZE" --timeout 300 --cmd "PILCROW_DATA_DIR=$(q "$2") $(q "$1") $(q "$3")" \
    --step "wait:document" --step "gone:Measuring documents" --step "keys:q" --step "exited" >"$out" 2>&1 &
  PROBE_PID=$!
  wait "$PROBE_PID" || { cat "$out" >&2; PROBE_PID=""; return 1; }
  PROBE_PID=""
}

timed() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

DOCS="$(find "$LIB" -type f | wc -l)"
LAUNCHERS=("$ROOT/pilcrow")
[ -n "$BASE" ] && LAUNCHERS+=("$BASE")
echo "library-F: $DOCS documents in $LIB; $(basename "$BIG") $(stat -L -c %s "$BIG") bytes; $RUNS runs each" >&2
echo "load before: $(uptime)"
for l in "${LAUNCHERS[@]}"; do
  k=$(echo "$l" | md5sum | cut -c1-8)
  warm "$l" "$WORK/data-lib-$k" "$LIB" || die "$l never listed the library"
  warm "$l" "$WORK/data-big-$k" "$WORK/bigdir" || die "$l never listed the big folder"
done
grep -rli "$WORD" "$LIB" >/dev/null; grep -c "$MARKER" "$BIG" >/dev/null   # page cache
declare -A LIBMS BIGMS
GL=(); GB=()
for ((r = 0; r < RUNS; r++)); do
  for l in "${LAUNCHERS[@]}"; do
    k=$(echo "$l" | md5sum | cut -c1-8)
    LIBMS[$k]+="$(probe "$l" "$WORK/data-lib-$k" "$LIB" "$WORD" "$DOCS documents" 0) " || die "library probe failed"
    BIGMS[$k]+="$(probe "$l" "$WORK/data-big-$k" "$WORK/bigdir" "$MARKER" "big" "$INDEX_PAUSE") " || die "big probe failed"
  done
  GL+=("$(timed grep -rli "$WORD" "$LIB")"); GB+=("$(timed grep -c "$MARKER" "$BIG")")
done
stats() { local s; s=$(echo "$@" | tr ' ' '\n' | grep . | sort -n); echo "$(echo "$s" | median) (min $(echo "$s" | head -1), max $(echo "$s" | tail -1))"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
gl=$(echo "${GL[@]}" | median); gb=$(echo "${GB[@]}" | median)
echo
echo "| figure | launcher | median ms (min, max) | grep median ms (min, max) | ratio |"
echo "|---|---|---|---|---|"
for l in "${LAUNCHERS[@]}"; do
  k=$(echo "$l" | md5sum | cut -c1-8)
  ml=$(echo "${LIBMS[$k]}" | median); mb=$(echo "${BIGMS[$k]}" | median)
  echo "| F $WORD, $DOCS documents, key to done | $l | $(stats ${LIBMS[$k]}) | grep -rli $(stats "${GL[@]}") | $(ratio "$ml" "$gl")x |"
  echo "| F $MARKER, folder with the 1 GiB document | $l | $(stats ${BIGMS[$k]}) | grep -c $(stats "${GB[@]}") | $(ratio "$mb" "$gb")x |"
done
echo
echo "load after: $(uptime); $(nproc) cores; $(java -version 2>&1 | head -1)"
