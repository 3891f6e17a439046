#!/usr/bin/env bash
# What following a growing log costs: a log is appended to at 1 MB/s (lines of about 100 bytes,
# in ten writes a second) for ~20 s while pilcrow follows it (`T`) in tmux at 100x30; the figure is
# the pilcrow process's CPU over those seconds (utime + stime from /proc/PID/stat) as a percentage
# of one core. Target: under 5%. The machine's load average is printed beside it, as the other
# helpers' work shares the cores.
#
# The log starts at 17 MiB, so it is a large document (read on demand, its index extended as it
# grows); --small starts it at 100 KB, a document held in memory and read again as it grows (it
# crosses 16 MiB only after ~16 s).
#
# usage: bench/follow-cost.sh [--small] [-s SECONDS]     (default 20)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-$ROOT/../shared/tools/tuiprobe}"
[ -x "$TUIPROBE" ] || TUIPROBE=/work/shared/tools/tuiprobe
SECONDS_RUN=20
START_BYTES=$((17 << 20))
while [ $# -gt 0 ]; do
  case "$1" in
    --small) START_BYTES=100000 ;;
    -s) SECONDS_RUN="$2"; shift ;;
  esac
  shift
done

WORK="$(mktemp -d)"
. "$ROOT/bench/lib.sh"

(cd "$ROOT" && ./pilcrow --version >/dev/null) || { echo "follow-cost: build failed" >&2; exit 1; }

python3 - "$WORK/app.log" "$START_BYTES" <<'PY'
import sys
path, size = sys.argv[1], int(sys.argv[2])
line = "2024-05-01T12:00:00 INFO request served in 12 ms from 10.0.0.1 for /index.html status 200 ok\n"
with open(path, "w") as f:
    n = 0
    while n < size:
        f.write(line); n += len(line)
PY

# The appender and the sampler: run from tuiprobe's sh step once pilcrow follows.
cat > "$WORK/measure.sh" <<SH
#!/usr/bin/env bash
pid=\$(cat "$WORK/pid")
ticks() { awk '{print \$14 + \$15}' /proc/\$pid/stat; }
hz=\$(getconf CLK_TCK)
before=\$(ticks); t0=\$(date +%s.%N)
python3 - "$WORK/app.log" "$SECONDS_RUN" <<'PY'
import sys, time
path, seconds = sys.argv[1], float(sys.argv[2])
line = "2024-05-01T12:00:01 INFO appended while followed: request served in 9 ms status 200 ok pad\n"
chunk = line * (100_000 // len(line))   # ~100 KB, ten times a second: 1 MB/s
start = time.monotonic()
i = 0
with open(path, "a") as f:
    while time.monotonic() - start < seconds:
        f.write(chunk); f.flush(); i += 1
        time.sleep(max(0.0, start + i * 0.1 - time.monotonic()))
PY
after=\$(ticks); t1=\$(date +%s.%N)
awk -v b=\$before -v a=\$after -v hz=\$hz -v t0=\$t0 -v t1=\$t1 'BEGIN {
  printf "follow-cost: pilcrow used %.2f%% of a core over %.1f s of 1 MB/s appends\n", (a-b)/hz/(t1-t0)*100, t1-t0 }'
echo "follow-cost: load average \$(cut -d' ' -f1-3 /proc/loadavg), \$(nproc) cores; log now \$(stat -c %s "$WORK/app.log") bytes"
SH
chmod +x "$WORK/measure.sh"

CMD="sh -c 'echo \$\$ > $WORK/pid; cd $ROOT && PILCROW_DATA_DIR=$WORK/data exec ./pilcrow $WORK/app.log'"
"$TUIPROBE" --size 100x30 --timeout $((SECONDS_RUN + 30)) --cmd "$CMD" \
  --step 'wait:request served' --step 'sleep:1500' --step 'keys:T' --step 'wait:following' \
  --step "sh:$WORK/measure.sh" --step 'wait:appended while followed' --step 'screen' --step 'keys:Q' &
PROBE_PID=$!
wait "$PROBE_PID"
