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
