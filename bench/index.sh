#!/usr/bin/env bash
# The library index (issue 24): `pilcrow find` with an up-to-date index against `grep -rli` in
# the same run, on libraries made by `mkcorpus library` (10,000 and 100,000 documents), and what
# indexing costs.
#   - `pilcrow index LIB` from an empty data folder: wall time, MB/s of text read, peak RssAnon;
#     the index's size against the text's (targets: 50 MB/s on 2 cores; at most half the text).
#   - `pilcrow find -l -i WORD LIB` (the documents with a match, as grep -rli lists them; the
#     launcher, JVM start and the freshness check of every file included) against
#     `grep -rli WORD LIB`, for a word about a fifth of the documents hold (every word of
#     mkcorpus's vocabulary is that common), a word none holds, and a two-word phrase; then
#     `pilcrow find -i` (every matching paragraph printed) and the same without an index (the
#     scan) for comparison. Peak RssAnon of the searches (target: 256 MiB).
#     Targets: faster than grep at 10,000 documents, at least 4x faster at 100,000 (issue 24 and
#     its clarification), taken on the -l figure, whose output is grep's.
# Libraries are made with mkcorpus unless they exist (LIB10=..., LIB100=...; LIBS="10" skips 100k);
# DATA10=/DATA100= name a data folder already indexed, to time the searches alone.
#
# usage: bench/index.sh [-n RUNS]      (default 5 runs each; medians are printed)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MKCORPUS="${MKCORPUS:-/work/shared/tools/mkcorpus}"
LIB10="${LIB10:-/tmp/lib10k/lib}"
LIB100="${LIB100:-/tmp/lib100k/lib}"
LIBS="${LIBS:-10 100}"
RUNS="${RUNS:-5}"
PRESENT="${PRESENT:-Lotrasubka}"
ABSENT="${ABSENT:-qqqxyz}"
PHRASE="${PHRASE:-lotrasubka conenan}"
# shellcheck source=bench/args.sh
. "$ROOT/bench/args.sh"
bench_args index "$@"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/index-bench.XXXXXX")"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT" || die "cannot cd to $ROOT"
./pilcrow --version >/dev/null 2>"$WORK/build.log" || { cat "$WORK/build.log" >&2; die "build failed"; }

# peak CMD...: runs CMD (the launcher execs java, so its pid is the JVM's), output discarded, and
# prints its peak RssAnon in KiB, read from /proc every 20 ms by bash itself (no process forked
# per sample but sleep). Timings are taken in other runs, without the sampling beside them.
peak() {
  local pid peak=0 key value rest
  "$@" >/dev/null 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    while read -r key value rest; do
      [ "$key" = RssAnon: ] && [ "$value" -gt "$peak" ] && peak=$value
    done <"/proc/$pid/status" 2>/dev/null
    sleep 0.02
  done
  wait "$pid"
  echo "$peak"
}
timed() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
m() { echo "$@" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
met() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "**met**" : "**not met**" }'; }

echo "index: $RUNS runs each, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" >&2
echo
echo "| library | figure | median | baseline (same run) | ratio | target |"
echo "|---|---|---|---|---|---|"
for n in $LIBS; do
  if [ "$n" = 10 ]; then lib="$LIB10" docs=10000; else lib="$LIB100" docs=100000; fi
  if [ ! -d "$lib" ]; then
    echo "index: making $lib with mkcorpus..." >&2
    mkdir -p "$(dirname "$lib")" && "$MKCORPUS" library "$lib" --docs "$docs" >/dev/null || die "mkcorpus failed"
  fi
  text=$(find "$lib" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
  data="$WORK/data$n"
  reuse="$(eval echo "\${DATA$n:-}")"
  if [ -n "$reuse" ]; then
    # DATA10=/DATA100= a data folder indexed before: brought up to date, indexing not measured.
    data="$reuse"
    ut=$(PILCROW_DATA_DIR="$data" timed ./pilcrow index "$lib")
    echo "| ${n}k | \`pilcrow index\` on an index built before (nothing changed) | $ut ms | | | |"
  else
  # Indexing, from nothing, twice (the second with the page cache warm and the CDS archive made).
  rm -rf "$data"; PILCROW_DATA_DIR="$data" ./pilcrow index "$lib" >/dev/null 2>&1
  rm -rf "$data"; ims=$(PILCROW_DATA_DIR="$data" timed ./pilcrow index "$lib")
  rm -rf "$data"; irss=$(PILCROW_DATA_DIR="$data" peak ./pilcrow index "$lib")
  isize=$(du -sb "$data/index" | cut -f1)
  mbs=$(awk -v b="$text" -v ms="$ims" 'BEGIN { printf "%.1f", b / 1e6 / (ms / 1000) }')
  share=$(awk -v a="$isize" -v b="$text" 'BEGIN { printf "%.3f", a / b }')
  echo "| ${n}k | \`pilcrow index\` from nothing ($(awk -v b="$text" 'BEGIN { printf "%.0f", b / 1e6 }') MB of text) | $ims ms, $mbs MB/s | | | 50 MB/s: $(awk -v a="$mbs" 'BEGIN { print (a >= 50) ? "**met**" : "**not met**" }') |"
  echo "| ${n}k | index size / text size | $(awk -v a="$isize" 'BEGIN { printf "%.1f MB", a / 1e6 }') | | $share | at most 0.5: $(met "$share" 0.5) |"
  echo "| ${n}k | peak RssAnon while indexing | $((irss / 1024)) MiB | | | |"
  ut=$(PILCROW_DATA_DIR="$data" timed ./pilcrow index "$lib")  # nothing changed: the freshness walk alone
  echo "| ${n}k | \`pilcrow index\` with nothing changed | $ut ms | | | |"
  fi
  PILCROW_DATA_DIR="$data" ./pilcrow find -i "$ABSENT" "$lib" >/dev/null 2>&1  # the find CDS archive
  for what in present absent phrase; do
    case "$what" in present) q="$PRESENT" ;; absent) q="$ABSENT" ;; phrase) q="$PHRASE" ;; esac
    L=(); P=(); G=(); S=(); R=()
    for ((r = 0; r < RUNS; r++)); do
      L+=("$(PILCROW_DATA_DIR="$data" timed ./pilcrow find -l -i "$q" "$lib")")
      P+=("$(PILCROW_DATA_DIR="$data" timed ./pilcrow find -i "$q" "$lib")")
      G+=("$(timed grep -rli "$q" "$lib")")
      # The scan: the same command line with a data folder that has no index.
      S+=("$(PILCROW_DATA_DIR="$WORK/none" timed ./pilcrow find -i "$q" "$lib")")
      R+=("$(PILCROW_DATA_DIR="$data" peak ./pilcrow find -i "$q" "$lib")")
    done
    ml=$(m "${L[@]}"); mp=$(m "${P[@]}"); mg=$(m "${G[@]}"); ms_=$(m "${S[@]}"); mr=$(m "${R[@]}")
    hits=$(grep -rli "$q" "$lib" | wc -l)
    target=1; [ "$n" = 100 ] && target=0.25
    echo "| ${n}k | \`find -l -i '$q'\` ($hits documents hold it), indexed | $ml ms | grep -rli $mg ms | $(ratio "$ml" "$mg")x | $( [ "$n" = 100 ] && echo "4x faster" || echo "faster"): $(met "$(ratio "$ml" "$mg")" "$target") |"
    echo "| ${n}k | \`find -i '$q'\` (every matching paragraph), indexed | $mp ms | grep -rli $mg ms | $(ratio "$mp" "$mg")x | |"
    echo "| ${n}k | the same without an index (the scan) | $ms_ ms | grep -rli $mg ms | $(ratio "$ms_" "$mg")x | |"
    echo "| ${n}k | peak RssAnon of the indexed find | $((mr / 1024)) MiB | | | 256 MiB: $(met "$((mr / 1024))" 256) |"
  done
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; the launcher's JDK: $(./pilcrow --version | tail -1)"
