#!/usr/bin/env bash
# The full-screen reader on a 1 GiB document (bench/out/big.txt, `mkcorpus big --mib 1024`: blank-
# line paragraphs, ZEBRAFINCH only in the last), each figure next to its baseline measured in the
# same run, on the same machine, right then, with tuiprobe at 100x30:
#   - first paint of the big document vs the first paint of one seed document opened the same way
#     (target: within 1.2x);
#   - G to the end on screen (target under 100 ms), next to less's G on the same file;
#   - the index: from the first paint until the status line shows exact counts (no ~), as GiB/s
#     (target 1 GiB/s or more; G is pressed meanwhile);
#   - :N to the middle once indexed, to its number in the status line (target under 500 ms);
#   - j, key to screen: after a few j and :N+1, the top paragraph's margin number scrolls off
#     (target under 20 ms), next to less's j (its first line scrolls off);
#   - G again once indexed (nothing else running);
#   - /ZEBRAFINCH Enter from the middle to "match 1/1" (next to grep -c, timed here too);
#   - RssAnon (/proc/PID/status) with the document open and searched end to end (target < 256 MiB).
# Both pilcrows run through the launcher (./pilcrow), as users run it: for a file of 16 MiB or more
# it leaves C2 on (the index and find need it), and each kind of run has its own CDS archive. So
# the first paints are also measured both as `java -XX:TieredStopAtLevel=1 -jar`, where only the
# document differs.
# Runs are interleaved after one unmeasured warm-up round (which also makes the CDS archives).
#
# usage: bench/big-doc.sh [-n RUNS] [--mid N]
#   -n RUNS   measured rounds (default 3, or $RUNS)
#   --mid N   the paragraph for :N (default: half the paragraphs, counted once with awk)
# Exits non-zero only when something failed to run; a missed target is reported, not an error.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-$ROOT/../shared/tools/tuiprobe}"
[ -x "$TUIPROBE" ] || TUIPROBE=/work/shared/tools/tuiprobe
MKCORPUS="${MKCORPUS:-$ROOT/../shared/tools/mkcorpus}"
[ -x "$MKCORPUS" ] || MKCORPUS=/work/shared/tools/mkcorpus
SIZE=100x30
RUNS="${RUNS:-3}"
MID=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    --mid) MID="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "big-doc: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "big-doc: -n wants a positive number" >&2; exit 2 ;; esac

die() { echo "big-doc: $*" >&2; exit 1; }
command -v tmux >/dev/null || die "tmux is needed"
command -v less >/dev/null || die "less is needed"
[ -x "$TUIPROBE" ] || die "tuiprobe not found (set TUIPROBE=...)"

OUT="$ROOT/bench/out"
BIG="$OUT/big.txt"
REL_BIG="bench/out/big.txt"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/big-doc.XXXXXX")"
# The readers keep their data (search history, positions) in the scratch folder, not the user's.
export PILCROW_DATA_DIR="$WORK/data"
mkdir -p "$OUT"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
prepare_reader_runs big-doc
if [ -z "$MID" ]; then
  if [ -s "$BIG.paragraphs" ] && [ "$BIG.paragraphs" -nt "$BIG" ]; then MID="$(cat "$BIG.paragraphs")"; else
    echo "big-doc: counting paragraphs once (awk)..." >&2
    MID="$(awk 'BEGIN {RS=""} END {print int((NR - 1) / 2)}' "$BIG")"  # the title is not numbered
    echo "$MID" >"$BIG.paragraphs"
  fi
fi
commas() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
MID_SHOWN="$(commas "$MID")"
NEXT=$(( MID + 1 )); NEXT_SHOWN="$(commas "$NEXT")"
t0=$(date +%s%N); cat "$BIG" >/dev/null; t1=$(date +%s%N)
CACHE_NOTE="page cache warmed: cat took $(( (t1 - t0) / 1000000 )) ms for $(( BYTES / 1048576 )) MiB"

ms_of() { grep -F "$1 ms=" "$2" | head -1 | sed -n 's/.* ms=\([0-9][0-9]*\)$/\1/p'; }


declare -A S
add() { [ -n "$2" ] && S[$1]+="$2 "; }
FAILED=0
echo "big-doc: $RUNS rounds after a warm-up (load average now $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
for ((r = 0; r <= RUNS; r++)); do
  # the seed, opened directly
  if probe seed --cmd "./pilcrow $SEED" --step "wait:$SEED_RX" --step "keys:Q" --step exited; then
    [ $r -gt 0 ] && add seed "$(ms_of "wait:$SEED_RX" "$WORK/seed")"
  else echo "big-doc: the seed run failed:" >&2; cat "$WORK/seed" >&2; FAILED=1; fi
  # the same two, started the same way (java -jar, C1 only, no archive): size alone
  if probe seedj --cmd "java -XX:TieredStopAtLevel=1 -jar target/pilcrow.jar $SEED" --step "wait:$SEED_RX" --step "keys:Q" --step exited \
      && probe bigj --cmd "java -XX:TieredStopAtLevel=1 -jar target/pilcrow.jar $REL_BIG" --step "wait:$BIG_RX" --step "keys:Q" --step exited; then
    [ $r -gt 0 ] && add seedj "$(ms_of "wait:$SEED_RX" "$WORK/seedj")" && add bigj "$(ms_of "wait:$BIG_RX" "$WORK/bigj")"
  else echo "big-doc: a java -jar run failed:" >&2; cat "$WORK/seedj" "$WORK/bigj" >&2; FAILED=1; fi
  # the big document. Before j, a pause: the status may already show ¶NEXT after jjj (a short
  # paragraph), and j then went in while :NEXT was still being handled and was timed with it
  # (traced: the reader drew j 2-7 ms after reading it, the script saw 35-90 ms).
  PGREP="pgrep -f '^java .*pilcrow[.]jar $REL_BIG' | head -1"
  if probe big --cmd "./pilcrow $REL_BIG" --step "wait:$BIG_RX" \
      --step "keys:G" --step "wait:ZEBRAFINCH" \
      --step "wait:¶[0-9,]+/[0-9,]+  [0-9]+%" \
      --step "keys::$MID" --step "key:Enter" --step "wait:¶$MID_SHOWN/" \
      --step "keys:jjj" --step "sleep:300" --step "keys::$NEXT" --step "key:Enter" --step "wait:¶$NEXT_SHOWN/" \
      --step "sleep:300" --step "keys:j" --step "gone:¶$NEXT " \
      --step "keys:G" --step "wait:ZEBRAFINCH" \
      --step "keys:/ZEBRAFINCH" --step "key:Enter" --step "wait:match 1/1" \
      --step "sh:grep RssAnon /proc/\$($PGREP)/status" \
      --step "keys:Q" --step exited; then
    if [ $r -gt 0 ]; then
      add big "$(ms_of "wait:$BIG_RX" "$WORK/big")"
      g="$(ms_of "wait:ZEBRAFINCH" "$WORK/big")"; add G "$g"
      i="$(ms_of "wait:¶[0-9,]+/[0-9,]+  [0-9]+%" "$WORK/big")"; [ -n "$i" ] && add index "$(( i + g ))"
      add goto "$(ms_of "wait:¶$MID_SHOWN/" "$WORK/big")"
      add j "$(ms_of "gone:¶$NEXT " "$WORK/big")"
      add G2 "$(grep -F "wait:ZEBRAFINCH ms=" "$WORK/big" | sed -n '2s/.* ms=\([0-9][0-9]*\)$/\1/p')"
      add find "$(ms_of "wait:match 1/1" "$WORK/big")"
      add anon "$(sed -n 's/.*RssAnon:[^0-9]*\([0-9][0-9]*\) kB.*/\1/p' "$WORK/big" | head -1)"
    fi
  else echo "big-doc: the big-document run failed:" >&2; cat "$WORK/big" >&2; FAILED=1; fi
  # less: j, then G
  if probe less --cmd "LESS= LESSHISTFILE=- less -- $REL_BIG" --step "wait:$BIG_RX" \
      --step "keys:j" --step "gone:$BIG_RX" --step "keys:G" --step "wait:ZEBRAFINCH" --step "keys:q" --step exited; then
    if [ $r -gt 0 ]; then
      add lessj "$(ms_of "gone:$BIG_RX" "$WORK/less")"; add lessG "$(ms_of "wait:ZEBRAFINCH" "$WORK/less")"
    fi
  else echo "big-doc: the less run failed:" >&2; cat "$WORK/less" >&2; FAILED=1; fi
  # grep -c, for the find figure's scale
  if [ $r -gt 0 ]; then
    t0=$(date +%s%N); grep -c ZEBRAFINCH "$BIG" >/dev/null; t1=$(date +%s%N); add grep "$(( (t1 - t0) / 1000000 ))"
  fi
done

med() { echo "${S[$1]:-}" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a=="" || b=="" || b==0) print "-"; else printf "%.2f", a/b}'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {if (v=="" || v=="-") print "not measured"; else if (op=="le" ? v<=t : v>=t) print "met"; else print "NOT met"}'; }
gibs() { awk -v b="$BYTES" -v ms="$1" 'BEGIN {if (ms=="" || ms==0) print "-"; else printf "%.2f", b/1073741824/(ms/1000)}'; }

SEEDM="$(med seed)"; BIGM="$(med big)"; GM="$(med G)"; LESSG="$(med lessG)"; IDX="$(med index)"
GOTO="$(med goto)"; JM="$(med j)"; LESSJ="$(med lessj)"; FIND="$(med find)"; GREP="$(med grep)"
ANON="$(echo "${S[anon]:-}" | tr ' ' '\n' | grep . | sort -n | tail -1)"
ANON_MIB="$( [ -n "$ANON" ] && awk -v k="$ANON" 'BEGIN {printf "%.0f", k/1024}' || echo -)"
echo
echo "the reader on a 1 GiB document ($REL_BIG, $(( BYTES / 1048576 )) MiB), $SIZE, medians of $RUNS rounds, ms; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 '^model name' /proc/cpuinfo | sed 's/^[^:]*: *//'), java $(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/'), load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $CACHE_NOTE"
printf "%-44s %10s %12s %10s  %s\n" "figure" "median" "baseline" "ratio" "target"
printf "%-44s %10s %12s %10s  %s\n" "first paint, big document" "$BIGM" "$SEEDM seed" "$(ratio "$BIGM" "$SEEDM")" "<= 1.2x: $(verdict "$(ratio "$BIGM" "$SEEDM")" 1.2 le)"
printf "%-44s %10s %12s %10s  %s\n" "first paint, both as java -jar, C1 only" "$(med bigj)" "$(med seedj) seed" "$(ratio "$(med bigj)" "$(med seedj)")" "<= 1.2x: $(verdict "$(ratio "$(med bigj)" "$(med seedj)")" 1.2 le)"
printf "%-44s %10s %12s %10s  %s\n" "G to the end on screen" "$GM" "$LESSG less" "$(ratio "$GM" "$LESSG")" "< 100 ms: $(verdict "$GM" 100 le)"
printf "%-44s %10s %12s %10s  %s\n" "G again, once indexed" "$(med G2)" "$LESSG less" "$(ratio "$(med G2)" "$LESSG")" "< 100 ms: $(verdict "$(med G2)" 100 le)"
printf "%-44s %10s %12s %10s  %s\n" "index built (first paint to exact counts)" "$IDX" "-" "$(gibs "$IDX") GiB/s" ">= 1 GiB/s: $(verdict "$(gibs "$IDX")" 1 ge)"
printf "%-44s %10s %12s %10s  %s\n" ":$MID once indexed" "$GOTO" "-" "-" "< 500 ms: $(verdict "$GOTO" 500 le)"
printf "%-44s %10s %12s %10s  %s\n" "j, key to screen (after a few j)" "$JM" "$LESSJ less" "$(ratio "$JM" "$LESSJ")" "< 20 ms: $(verdict "$JM" 20 le)"
printf "%-44s %10s %12s %10s  %s\n" "/ZEBRAFINCH Enter to match 1/1" "$FIND" "$GREP grep -c" "$(ratio "$FIND" "$GREP")" "within 3x of grep (indexed): $(verdict "$(ratio "$FIND" "$GREP")" 3 le)"
printf "%-44s %10s %12s %10s  %s\n" "RssAnon, open and searched (MiB, max)" "$ANON_MIB" "-" "-" "< 256 MiB: $(verdict "$ANON_MIB" 256 le)"
echo "samples: $(for k in seed big seedj bigj G G2 lessG index goto j lessj find grep anon; do printf "%s=[%s] " "$k" "$(echo ${S[$k]:-})"; done)"
[ "$FAILED" = 0 ] || { echo "big-doc: some runs failed (see above)" >&2; exit 1; }
exit 0
