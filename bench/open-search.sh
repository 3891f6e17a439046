#!/usr/bin/env bash
# The user's flow on a 1 GiB document (bench/out/big.txt, `mkcorpus big --mib 1024`: blank-line
# paragraphs, ZEBRAFINCH only in the last): open it with ./pilcrow and search at once, as someone
# who opens a big log to look for one thing does. Timed with tuiprobe at 100x30, each figure next
# to its baseline measured in the same round:
#   - at once: from the first paint, /ZEBRAFINCH Enter to "match 1/1" in the status line, and to
#     the match's paragraph on screen (the index is still being built), next to grep -c
#     (target: within 4x of grep -c);
#   - with the index built: g, then /ZEBRAFINCH Enter to the match's paragraph on screen, next to
#     grep -c (target: within 3x);
#   - the big document's first paint next to the first paint of one seed document, both through
#     the launcher (target: within 1.2x in every round, not only the median);
#   - G at once (a fresh reader, G as soon as the first screen is up) to the last paragraph on
#     screen (target under 100 ms);
#   - RssAnon (/proc/PID/status), sampled every 50 ms through both big-document runs (target: the
#     most seen under 256 MiB).
# Rounds are interleaved after one unmeasured warm-up round (which also makes the CDS archives).
#
# usage: bench/open-search.sh [-n RUNS]
#   -n RUNS   measured rounds (default 3, or $RUNS)
# Exits non-zero only when something failed to run; a missed target is reported, not an error.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-$ROOT/../shared/tools/tuiprobe}"
[ -x "$TUIPROBE" ] || TUIPROBE=/work/shared/tools/tuiprobe
MKCORPUS="${MKCORPUS:-$ROOT/../shared/tools/mkcorpus}"
[ -x "$MKCORPUS" ] || MKCORPUS=/work/shared/tools/mkcorpus
SIZE=100x30
RUNS="${RUNS:-3}"
# shellcheck source=bench/args.sh
. "$ROOT/bench/args.sh"
bench_args open-search "$@"

command -v tmux >/dev/null || die "tmux is needed"
[ -x "$TUIPROBE" ] || die "tuiprobe not found (set TUIPROBE=...)"

OUT="$ROOT/bench/out"
BIG="$OUT/big.txt"
REL_BIG="bench/out/big.txt"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/open-search.XXXXXX")"
# The readers keep their data (search history, positions) in the scratch folder, not the user's:
# each run starts at the top, with no place to resume.
export PILCROW_DATA_DIR="$WORK/data"
mkdir -p "$OUT"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
SAMPLER=""
stop_sampler() { [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null && wait "$SAMPLER" 2>/dev/null; SAMPLER=""; }
trap 'stop_sampler; cleanup' EXIT
prepare_reader_runs open-search
# The last paragraph's own words: the match is on screen (not only counted in the status line).
LAST_RX="appears nowhere else"
grep -q "$LAST_RX" "$BIG" || die "$REL_BIG has no '$LAST_RX': make it again with mkcorpus big"
t0=$(date +%s%N); cat "$BIG" >/dev/null; t1=$(date +%s%N)
CACHE_NOTE="page cache warmed: cat took $(( (t1 - t0) / 1000000 )) ms for $(( BYTES / 1048576 )) MiB"

ms_of() { grep -F "$1 ms=" "$2" | sed -n "${3:-1}s/.* ms=\([0-9][0-9]*\)\$/\1/p"; }

PROBE_TIMEOUT=120  # a search at once may wait for a busy machine

# sample FILE: from now until stop_sampler, the most RssAnon (kB) of the reader on the big
# document, every 50 ms, into FILE (the reader is found by its command line once it runs).
sample() {
  local file="$1"
  echo 0 >"$file"
  (
    peak=0
    while :; do
      pid="$(pgrep -f "^[^ ]*java .*pilcrow[.]jar $REL_BIG\$" | head -1)"
      if [ -n "$pid" ]; then
        kb="$(awk '/^RssAnon:/ {print $2}' "/proc/$pid/status" 2>/dev/null)"
        if [ -n "$kb" ] && [ "$kb" -gt "$peak" ]; then peak=$kb; echo "$peak" >"$file"; fi
      fi
      sleep 0.05
    done
  ) &
  SAMPLER=$!
}

declare -A S
add() { [ -n "$2" ] && S[$1]+="$2 "; }
FAILED=0
PAINT_RATIOS=""
echo "open-search: $RUNS rounds after a warm-up (load average now $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
for ((r = 0; r <= RUNS; r++)); do
  seed=""
  if probe seed --cmd "./pilcrow $SEED" --step "wait:$SEED_RX" --step "keys:Q" --step exited; then
    seed="$(ms_of "wait:$SEED_RX" "$WORK/seed")"; [ $r -gt 0 ] && add seed "$seed"
  else echo "open-search: the seed run failed:" >&2; cat "$WORK/seed" >&2; FAILED=1; fi
  # Open, search at once; then, once the index is built (the status shows exact counts, no ~),
  # back to the top and the same search again.
  sample "$WORK/anon.flow"
  if probe flow --cmd "./pilcrow $REL_BIG" --step "wait:$BIG_RX" \
      --step "keys:/ZEBRAFINCH" --step "key:Enter" --step "wait:match 1/1" --step "wait:$LAST_RX" \
      --step "wait:¶[0-9,]+/[0-9,]+  [0-9]+%" \
      --step "keys:g" --step "gone:$LAST_RX" \
      --step "keys:/ZEBRAFINCH" --step "key:Enter" --step "wait:$LAST_RX" \
      --step "keys:Q" --step exited; then
    if [ $r -gt 0 ]; then
      big="$(ms_of "wait:$BIG_RX" "$WORK/flow")"; add big "$big"
      [ -n "$seed" ] && [ -n "$big" ] && PAINT_RATIOS+="$(awk -v a="$big" -v b="$seed" 'BEGIN {printf "%.2f", a/b}') "
      add counted "$(ms_of "wait:match 1/1" "$WORK/flow")"
      add shown "$(ms_of "wait:$LAST_RX" "$WORK/flow" 1)"
      add warm "$(ms_of "wait:$LAST_RX" "$WORK/flow" 2)"
    fi
  else echo "open-search: the open-and-search run failed:" >&2; cat "$WORK/flow" >&2; FAILED=1; fi
  stop_sampler
  [ $r -gt 0 ] && add anon "$(cat "$WORK/anon.flow")"
  # G as soon as the first screen is up.
  sample "$WORK/anon.G"
  if probe G --cmd "./pilcrow $REL_BIG" --step "wait:$BIG_RX" --step "keys:G" --step "wait:$LAST_RX" \
      --step "keys:Q" --step exited; then
    if [ $r -gt 0 ]; then
      big="$(ms_of "wait:$BIG_RX" "$WORK/G")"; add big "$big"
      [ -n "$seed" ] && [ -n "$big" ] && PAINT_RATIOS+="$(awk -v a="$big" -v b="$seed" 'BEGIN {printf "%.2f", a/b}') "
      add G "$(ms_of "wait:$LAST_RX" "$WORK/G")"
    fi
  else echo "open-search: the G run failed:" >&2; cat "$WORK/G" >&2; FAILED=1; fi
  stop_sampler
  [ $r -gt 0 ] && add anon "$(cat "$WORK/anon.G")"
  if [ $r -gt 0 ]; then
    t0=$(date +%s%N); grep -c ZEBRAFINCH "$BIG" >/dev/null; t1=$(date +%s%N); add grep "$(( (t1 - t0) / 1000000 ))"
  fi
done

med() { echo "${S[$1]:-}" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a=="" || b=="" || b==0) print "-"; else printf "%.2f", a/b}'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {if (v=="" || v=="-") print "not measured"; else if (op=="le" ? v<=t : v>=t) print "met"; else print "NOT met"}'; }
most() { tr ' ' '\n' | grep . | sort -n | tail -1; }

SEEDM="$(med seed)"; BIGM="$(med big)"; GREP="$(med grep)"
WORST_PAINT="$(echo "$PAINT_RATIOS" | most)"
ANON="$(echo "${S[anon]:-}" | most)"
ANON_MIB="$( [ -n "$ANON" ] && awk -v k="$ANON" 'BEGIN {printf "%.0f", k/1024}' || echo -)"
echo
echo "open a 1 GiB document and search at once ($REL_BIG, $(( BYTES / 1048576 )) MiB), $SIZE, medians of $RUNS rounds, ms; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 '^model name' /proc/cpuinfo | sed 's/^[^:]*: *//'), the launcher's $(./pilcrow --version 2>/dev/null | grep -m1 '^Java' || echo 'JDK ?'), load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $CACHE_NOTE"
printf "%-48s %10s %12s %10s  %s\n" "figure" "median" "baseline" "ratio" "target"
printf "%-48s %10s %12s %10s  %s\n" "first paint, big document (both runs)" "$BIGM" "$SEEDM seed" "$(ratio "$BIGM" "$SEEDM")" "every round <= 1.2x: worst $WORST_PAINT, $(verdict "$WORST_PAINT" 1.2 le)"
printf "%-48s %10s %12s %10s  %s\n" "at once: / Enter to 'match 1/1' (status)" "$(med counted)" "$GREP grep -c" "$(ratio "$(med counted)" "$GREP")" "-"
printf "%-48s %10s %12s %10s  %s\n" "at once: / Enter to the match on screen" "$(med shown)" "$GREP grep -c" "$(ratio "$(med shown)" "$GREP")" "<= 4x: $(verdict "$(ratio "$(med shown)" "$GREP")" 4 le)"
printf "%-48s %10s %12s %10s  %s\n" "index built: / Enter to the match on screen" "$(med warm)" "$GREP grep -c" "$(ratio "$(med warm)" "$GREP")" "<= 3x: $(verdict "$(ratio "$(med warm)" "$GREP")" 3 le)"
printf "%-48s %10s %12s %10s  %s\n" "G at once, to the last paragraph on screen" "$(med G)" "-" "-" "< 100 ms: $(verdict "$(med G)" 100 le)"
printf "%-48s %10s %12s %10s  %s\n" "RssAnon throughout (MiB, most seen)" "$ANON_MIB" "-" "-" "< 256 MiB: $(verdict "$ANON_MIB" 256 le)"
echo "samples: $(for k in seed big counted shown warm G grep anon; do printf "%s=[%s] " "$k" "$(echo ${S[$k]:-})"; done)paint ratios=[$(echo $PAINT_RATIOS)]"
[ "$FAILED" = 0 ] || { echo "open-search: some runs failed (see above)" >&2; exit 1; }
exit 0
