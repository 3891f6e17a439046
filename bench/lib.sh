# Shared by the bench scripts: sourced, not run. Expects WORK (a scratch folder) to be set.

# tuiprobe kills its own tmux server when it finishes; if we are interrupted mid-run, kill the one
# belonging to the tuiprobe we started (its socket is named after its pid), and nothing else.
PROBE_PID=""
SOCKDIR="${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)"
cleanup() {
  if [ -n "$PROBE_PID" ]; then
    kill "$PROBE_PID" 2>/dev/null
    tmux -L "tuiprobe-$PROBE_PID" kill-server 2>/dev/null
    rm -f "$SOCKDIR/tuiprobe-$PROBE_PID"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The median of numbers given on standard input, separated by spaces or lines.
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {if (NR==0) print ""; else if (NR%2) print a[(NR+1)/2]; else printf "%.0f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# big_document SCRIPT: makes $BIG ($REL_BIG in messages) once, with `mkcorpus big --mib 1024` (1 GiB),
# when it is missing; SCRIPT names the caller in its lines. Expects MKCORPUS.
big_document() {
  [ -s "$BIG" ] && return 0
  echo "$1: making $REL_BIG (1 GiB, once)..." >&2
  "$MKCORPUS" big "$BIG.tmp" --mib 1024 >&2 || { rm -f "$BIG.tmp"; echo "$1: mkcorpus failed" >&2; exit 1; }
  mv "$BIG.tmp" "$BIG"
}

# prepare_reader_runs SCRIPT: for the benches that open $BIG in the reader beside a seed: from
# $ROOT, makes the document once, builds the jar outside the measurements (the launcher builds it
# when stale), and sets SEED, SEED_RX and BIG_RX (each file's first 20 characters, escaped for a
# tuiprobe wait) and BYTES. SCRIPT names the caller in its lines.
prepare_reader_runs() {
  cd "$ROOT" || { echo "$1: cannot cd to $ROOT" >&2; exit 1; }
  big_document "$1"
  ./pilcrow --version >/dev/null 2>"$WORK/build.log" || { cat "$WORK/build.log" >&2; echo "$1: build failed" >&2; exit 1; }
  SEED="$(ls seeds/*.txt | head -1)"
  SEED_RX="$(head -1 "$SEED" | cut -c1-20 | sed 's/[][\\.^$*+?(){}|]/\\&/g')"
  BIG_RX="$(head -1 "$BIG" | cut -c1-20 | sed 's/[][\\.^$*+?(){}|]/\\&/g')"
  BYTES="$(stat -L -c %s "$BIG")"
}

# probe NAME ARGS...: runs tuiprobe at $SIZE in the background (so cleanup can stop it), each wait
# given $PROBE_TIMEOUT seconds (60 unless set); its output in $WORK/NAME. Expects TUIPROBE and SIZE.
probe() {
  local name="$1"; shift
  "$TUIPROBE" --size "$SIZE" --timeout "${PROBE_TIMEOUT:-60}" "$@" >"$WORK/$name" 2>&1 &
  PROBE_PID=$!
  wait "$PROBE_PID"; local rc=$?
  PROBE_PID=""
  return $rc
}

# timed CMD...: the wall milliseconds CMD takes, its output discarded.
timed() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
