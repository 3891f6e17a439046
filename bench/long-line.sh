#!/bin/sh
# The reader on a 100 MB one-line file next to the 1 GiB document of normal paragraphs, in the same
# run: first paint, G to the end, /word Enter to "match 1/1" (from the top). Prints each sample and
# the medians, with the load average before and after.
#   bench/long-line.sh [-n ROUNDS]     (needs bench/out/big.txt: mkcorpus big; makes bench/out/line100.txt)
set -eu
cd "$(dirname "$0")/.."
ROUNDS=3
[ "${1:-}" = "-n" ] && ROUNDS=$2
PROBE=${TUIPROBE:-../shared/tools/tuiprobe}
[ -x "$PROBE" ] || PROBE=/work/shared/tools/tuiprobe
BIG=bench/out/big.txt
LINE=bench/out/line100.txt
if [ ! -s "$LINE" ]; then
  python3 -c "
c='lorem ipsum été dolor 中文 sit amet '.encode()
with open('$LINE','wb') as f:
    f.write(c*(100_000_000//len(c))); f.write(b' ENDMARK\n')"
fi
[ -f target/pilcrow.jar ] || ./pilcrow --version >/dev/null
BIG_RX="$(head -c 20 "$BIG" | sed 's/[][\\.^$*+?(){}|]/\\&/g')"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "load before: $(uptime)"
run() { # name file first-rx end-rx word
  PILCROW_DATA_DIR=$(mktemp -d -p "$WORK") "$PROBE" --size 100x30 --timeout 60 --cmd "./pilcrow $2" \
    --env "PILCROW_DATA_DIR=$WORK/data-$1" \
    --step "wait:$3" --step "keys:G" --step "wait:$4" --step "keys:g" --step "sleep:500" \
    --step "keys:/$5" --step "key:Enter" --step "wait:match 1/1" --step "keys:Q" --step exited > "$WORK/$1.out" 2>&1 || true
  awk -v n="$1" '/ms=/{split($NF,a,"=");printf "%s %s %s\n", n, $1, a[2]}' "$WORK/$1.out"
}
for r in $(seq "$ROUNDS"); do
  run big "$BIG" "$BIG_RX" ZEBRAFINCH ZEBRAFINCH
  run line "$LINE" "lorem ipsum" ENDMARK ENDMARK
done | tee "$WORK/all"
echo "load after: $(uptime)"
echo "medians (ms): figure big.txt line100.txt"
for step in "wait:$BIG_RX" "wait:ZEBRAFINCH" "wait:match"; do :; done
awk '{k=$1" "$2; v[k]=v[k]" "$3} END {for (k in v) print k":"v[k]}' "$WORK/all" | sort
