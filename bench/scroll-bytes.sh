#!/usr/bin/env bash
# Bytes sent to the terminal for one line down (j) and one page down (space), pilcrow next to less
# on the same document, in the same run, at 100x30. Over a slow SSH link bytes are latency: the
# target is no more than 2x less for each.
#
# The document is `mkcorpus big --mib 1` (blank-line paragraphs, hard-wrapped at 72 columns), made
# in a scratch folder. Each program is opened on it, scrolled once (so a first-move message is out
# of the way), then pressed N times for each key with a pause between presses (one frame per key);
# the figure is the bytes recorded per press.
#
# usage: bench/scroll-bytes.sh [-n PRESSES]     (default 20)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-$ROOT/../shared/tools/tuiprobe}"
[ -x "$TUIPROBE" ] || TUIPROBE=/work/shared/tools/tuiprobe
MKCORPUS="${MKCORPUS:-$ROOT/../shared/tools/mkcorpus}"
[ -x "$MKCORPUS" ] || MKCORPUS=/work/shared/tools/mkcorpus
PRESSES=20
[ "${1:-}" = "-n" ] && PRESSES="$2"

WORK="$(mktemp -d)"
. "$ROOT/bench/lib.sh"

(cd "$ROOT" && ./pilcrow --version >/dev/null) || { echo "scroll-bytes: build failed" >&2; exit 1; }
"$MKCORPUS" big "$WORK/doc.txt" --mib 1 >/dev/null || { echo "scroll-bytes: mkcorpus failed" >&2; exit 1; }

# bytes KEY: the bytes one press of KEY sends, averaged over PRESSES presses, for the command $1.
bytes_per_press() {
  local cmd="$1" key="$2" steps=()
  steps+=(--step 'wait:Large' --step 'sleep:600' --step 'keys:j' --step 'sleep:400' --step "record:$WORK/rec")
  for _ in $(seq "$PRESSES"); do steps+=(--step "keys:$key" --step 'sleep:150'); done
  steps+=(--step 'sleep:300' --step 'bytes')
  rm -f "$WORK/rec"
  local out n
  rm -rf "$WORK/data" # no saved reading position: both start at the top
  out="$("$TUIPROBE" --size 100x30 --cmd "$cmd" "${steps[@]}" 2>&1)"
  n="$(printf '%s\n' "$out" | sed -n 's/^bytes n=//p' | tail -1)"
  if [ -z "$n" ]; then
    printf 'scroll-bytes: no byte count for %s:\n%s\n' "$cmd" "$out" >&2
    return 1
  fi
  echo $(( n / PRESSES ))
}

pilcrow="sh -c 'cd \"$ROOT\" && PILCROW_DATA_DIR=\"$WORK/data\" ./pilcrow \"$WORK/doc.txt\"'"
less_cmd="less '$WORK/doc.txt'"

printf '%-22s %10s %10s %8s %s\n' "key" "pilcrow" "less" "ratio" "target"
for key in j ' '; do
  p="$(bytes_per_press "$pilcrow" "$key")" || exit 1
  l="$(bytes_per_press "$less_cmd" "$key")" || exit 1
  name=$([ "$key" = j ] && echo "j (one line down)" || echo "space (page down)")
  ratio="$(awk -v a="$p" -v b="$l" 'BEGIN { printf "%.2f", a / b }')"
  met="$(awk -v r="$ratio" 'BEGIN { print (r <= 2 ? "met" : "NOT met") }')"
  printf '%-22s %10s %10s %8s %s\n' "$name" "$p B" "$l B" "${ratio}x" "<= 2x less: $met"
done
