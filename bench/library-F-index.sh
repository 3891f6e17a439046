#!/usr/bin/env bash
# F (find in every document) in the reader on the 10,000-document library, with the library's
# search index against without it, in the same run (issue 24: once indexed, F shows the first
# results within 100 ms of Enter):
#   - `pilcrow LIB` in tmux (tuiprobe, 100x30), wait for the list and PAUSE ms more, F, the word,
#     Enter: the milliseconds from Enter to the first match counted on the results line, and to the
#     results done; then F, the other word, Enter in the same session (Lucene's classes and the
#     JIT warm: "second"); each word is searched first and second; with a data folder indexed by `pilcrow index LIB` ("index"), and with one that cannot
#     hold an index ("scan": its index/ is a file, so the reader's background update says one
#     line and F reads every document, as before issue 24).
#   - `grep -rli WORD LIB` in the same run, as the scale.
# Both data folders are warmed first (counts cached, the index up to date), so no background pass
# competes with the searches measured. Words: a common one (161 documents hold it as typed: F's
# smart case) and one no document holds.
#
# usage: bench/library-F-index.sh [-n RUNS]      (default 5 runs each; medians, min and max)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-/work/shared/tools/tuiprobe}"
LIB="${LIB:-/tmp/lib10k/lib}"
WORDS="${WORDS:-Lotrasubka qqqxyz}"   # two words
RUNS="${RUNS:-5}"
SIZE=100x30
# How long after the list F is pressed: the reader's background update of the index (nothing to
# read, but a stat of every file) is over by then, so the figure is the search's.
PAUSE="${PAUSE:-6000}"
# shellcheck source=bench/args.sh
. "$ROOT/bench/args.sh"
bench_args library-F-index "$@"

command -v tmux >/dev/null || die "tmux is needed"
[ -x "$TUIPROBE" ] || die "tuiprobe not found (set TUIPROBE=...)"
[ -d "$LIB" ] || die "no library at $LIB (make one with mkcorpus library DIR --docs 10000)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/library-F-index.XXXXXX")"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT" || die "cannot cd to $ROOT"
./pilcrow --version >/dev/null 2>"$WORK/build.log" || { cat "$WORK/build.log" >&2; die "build failed"; }
q() { printf '%q' "$1"; }

# probe DATA WORD OTHER -> "FIRST DONE FIRST2 DONE2": ms from Enter to the first match counted and
# to the results done, for the session's first F, of WORD (PAUSE ms after the list: the background
# update is over, Lucene's classes are not loaded yet), and for a second F right after, of OTHER
match_rx() { echo "Find in library: $1 . ([1-9]|0 matches[^\n]*documents? *\n)"; }
done_rx() { echo "Find in library: $1 . [0-9,]+ match[^\n]*documents? *\n"; }
probe() {
  local data="$1" word="$2" other="$3" out="$WORK/probe.out"
  "$TUIPROBE" --size "$SIZE" --timeout 120 \
    --cmd "PILCROW_DATA_DIR=$(q "$data") ./pilcrow $(q "$LIB") 2>$(q "$WORK/stderr")" \
    --step "wait:documents" --step "sleep:$PAUSE" --step "keys:F" --step "keys:$word" --step "key:Enter" \
    --step "wait:$(match_rx "$word")" --step "wait:$(done_rx "$word")" \
    --step "keys:F" --step "keys:$other" --step "key:Enter" \
    --step "wait:$(match_rx "$other")" --step "wait:$(done_rx "$other")" \
    --step "keys:Q" --step "exited" >"$out" 2>&1 &
  PROBE_PID=$!
  wait "$PROBE_PID" || { cat "$out" "$WORK/stderr" >&2; PROBE_PID=""; return 1; }
  PROBE_PID=""
  # both waits of each search are timed from its Enter (tuiprobe times a wait from the last key)
  sed -n 's/^wait:Find in library.* ms=\([0-9]*\)$/\1/p' "$out" | tr '\n' ' '
}

# warm DATA: first start, until every count is in and the background index update is over
warm() {
  "$TUIPROBE" --size "$SIZE" --timeout 600 --cmd "PILCROW_DATA_DIR=$(q "$1") ./pilcrow $(q "$LIB")" \
    --step "wait:documents" --step "gone:Measuring documents|indexing [0-9]" --step "keys:q" --step "exited" \
    >"$WORK/warm.out" 2>&1 &
  PROBE_PID=$!
  wait "$PROBE_PID" || { cat "$WORK/warm.out" >&2; PROBE_PID=""; return 1; }
  PROBE_PID=""
}

DOCS="$(find "$LIB" -type f | wc -l)"
echo "library-F-index: $DOCS documents in $LIB; $RUNS runs each" >&2
mkdir -p "$WORK/data-index" "$WORK/data-scan"
: >"$WORK/data-scan/index"   # a file where the index folder would be: no index, F scans
echo "indexing: $(PILCROW_DATA_DIR="$WORK/data-index" ./pilcrow index "$LIB" 2>&1 | tail -1)" >&2
warm "$WORK/data-index" || die "the indexed reader never settled"
warm "$WORK/data-scan" || die "the scanning reader never settled"
echo "load before: $(uptime)"
declare -A FIRST DONE
G=()
W1="$(echo "$WORDS" | cut -d' ' -f1)"; W2="$(echo "$WORDS" | cut -d' ' -f2)"
for ((r = 0; r < RUNS; r++)); do
  for pair in "$W1 $W2" "$W2 $W1"; do
    read -r a b <<<"$pair"
    for kind in index scan; do
      read -r f d f2 d2 <<<"$(probe "$WORK/data-$kind" "$a" "$b")" || die "probe failed"
      [ -n "$d2" ] || die "probe of $kind $a $b gave no time"
      FIRST[$kind-$a-1]+="$f "; DONE[$kind-$a-1]+="$d "
      FIRST[$kind-$b-2]+="$f2 "; DONE[$kind-$b-2]+="$d2 "
    done
  done
  G+=("$(timed grep -rli "$W1" "$LIB")")
done
stats() { local s; s=$(echo "$@" | tr ' ' '\n' | grep . | sort -n); echo "$(echo "$s" | median) (min $(echo "$s" | head -1), max $(echo "$s" | tail -1))"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
g=$(echo "${G[@]}" | median)
echo
echo "| F WORD, $DOCS documents | data folder | which F | Enter to first match, median ms (min, max) | Enter to done | done / grep -rli |"
echo "|---|---|---|---|---|---|"
for word in $W1 $W2; do
  for kind in index scan; do
    for n in 1 2; do
      d=$(echo "${DONE[$kind-$word-$n]}" | median)
      echo "| $word | $kind | $([ $n = 1 ] && echo "first" || echo "second") | $(stats ${FIRST[$kind-$word-$n]}) | $(stats ${DONE[$kind-$word-$n]}) | $(ratio "$d" "$g")x |"
    done
  done
done
echo "| grep -rli $(echo "$WORDS" | cut -d' ' -f1) | | | | $(stats "${G[@]}") | 1x |"
echo
echo "load after: $(uptime); $(nproc) cores; $(java -version 2>&1 | head -1)"
