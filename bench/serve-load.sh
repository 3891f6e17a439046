#!/usr/bin/env bash
# Load on pilcrow serve, on loopback, with the real OpenSSH client: first one session alone, then
# SESSIONS (default 50) at once. Each session connects (its own key), opens a 2,000-paragraph
# document, pages down ten times, searches for a word, goes back to the list and quits.
# Prints: sessions served, failures (target 0), the server's memory per session (resident set
# with all sessions open, minus before, divided by the sessions), and key-to-screen latency (key
# written to the client's pty until the first bytes of the screen's answer arrive back through ssh) for one session
# alone and under the load, as median and 95th percentile.
#
# usage: bench/serve-load.sh [-n SESSIONS]
# Bounded: every wait has a timeout (20 s), the server runs on a free port with a scratch data
# folder and is stopped (SIGTERM) at the end; nothing outside the scratch folder is touched.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SESSIONS=50
while [ $# -gt 0 ]; do
  case "$1" in
    -n) SESSIONS="$2"; shift 2 ;;
    *) echo "usage: $0 [-n SESSIONS]" >&2; exit 2 ;;
  esac
done
command -v ssh >/dev/null || { echo "needs the OpenSSH client (ssh, ssh-keygen)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3 (drives the ssh clients through ptys)" >&2; exit 2; }

JAR="$ROOT/target/pilcrow.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
  echo "building target/pilcrow.jar" >&2
  (cd "$ROOT" && mvn -B -q -o package -DskipTests) || exit 1
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/pilcrow-serve-load.XXXXXX")"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The library: one long document (2,000 paragraphs), so paging always moves.
python3 - "$WORK/library/long.txt" <<'PY'
import sys, os
os.makedirs(os.path.dirname(sys.argv[1]), exist_ok=True)
with open(sys.argv[1], "w") as f:
    f.write("A long document for the load test\n\n")
    for i in range(2000):
        f.write(f"Paragraph {i} tells of rivers, lanterns and the quiet harbour at dusk; "
                f"{'needle ' if i % 97 == 0 else ''}the ferry leaves at seven and returns at nine.\n\n")
PY

mkdir -p "$WORK/keys"
: > "$WORK/authorized_keys"
for i in $(seq 0 "$SESSIONS"); do
  ssh-keygen -q -t ed25519 -N '' -C "user$i" -f "$WORK/keys/user$i" || exit 1
  cat "$WORK/keys/user$i.pub" >> "$WORK/authorized_keys"
done

java -jar "$JAR" --data-dir "$WORK/data" serve "$WORK/library" --port 0 \
  --authorized-keys "$WORK/authorized_keys" --max-sessions $((SESSIONS + 10)) \
  --max-per-address $((SESSIONS + 10)) --max-startups $((SESSIONS + 10)) > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 200); do
  grep -q "connect with: ssh -p" "$WORK/server.log" && break
  sleep 0.1
done
PORT="$(grep -o 'connect with: ssh -p [0-9]*' "$WORK/server.log" | awk '{print $5}')"
[ -n "$PORT" ] || { echo "the server did not start:"; cat "$WORK/server.log"; exit 1; }

python3 - "$WORK" "$PORT" "$SERVER_PID" "$SESSIONS" <<'PY'
import os, pty, select, statistics, sys, threading, time

work, port, server_pid, sessions = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
TIMEOUT = 20.0

def rss_kib():
    with open(f"/proc/{server_pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

class Session:
    def __init__(self, n):
        self.n = n
        self.latencies = []
        self.error = None
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = "xterm-256color"
            os.execvp("ssh", ["ssh", "-tt", "-o", "UserKnownHostsFile=/dev/null", "-o", "StrictHostKeyChecking=no",
                              "-o", "IdentitiesOnly=yes", "-o", "LogLevel=ERROR", "-o", "BatchMode=yes",
                              "-i", f"{work}/keys/user{n}", "-p", port, "127.0.0.1"])
        import fcntl, struct, termios
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.seen = b""

    def read_until(self, marker, deadline):
        """Reads output until marker (bytes) arrives, or any output when marker is None."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"waiting for {marker!r}; last output {self.seen[-200:]!r}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                if marker == b"EOF":
                    return
                raise EOFError(f"ssh ended while waiting for {marker!r}: {self.seen[-300:]!r}")
            window = self.seen[-64:] + chunk  # a marker may straddle two reads
            self.seen = (self.seen + chunk)[-8192:]
            if os.environ.get("LOAD_TRACE"):
                with open(f"{os.environ['LOAD_TRACE']}.{self.n}", "ab") as t:
                    t.write(chunk)
            if marker is None or (marker != b"EOF" and marker in window):
                return

    def drain(self, quiet=0.03):
        """Reads until the output has been quiet for a moment: the rest of the frame."""
        while True:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                return
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.seen = (self.seen + chunk)[-8192:]

    def key(self, data, marker=None, timed=True):
        """Sends a key; the latency is until the screen's answer starts arriving (or marker shows)."""
        self.drain()
        self.seen = b""
        start = time.monotonic()
        os.write(self.fd, data)
        if os.environ.get("LOAD_TRACE"):
            with open(f"{os.environ['LOAD_TRACE']}.{self.n}", "ab") as t:
                t.write(b"\n<<KEY " + data + b">>\n")
        self.read_until(marker, start + TIMEOUT)
        if timed:
            self.latencies.append((time.monotonic() - start) * 1000)

    def connect(self):
        self.read_until(b"A long document", time.monotonic() + TIMEOUT)
        time.sleep(0.2)

    def work(self):
        self.key(b"\r", b"/2000")
        for _ in range(10):
            self.key(b" ", None)
        self.key(b"/", None, timed=False)
        for c in b"needl":
            self.key(bytes([c]), None, timed=False)
        self.key(b"e")
        self.key(b"\r", None)
        self.key(b"n", None)
        self.key(b"q", b"READ")

    def quit(self):
        self.drain()
        self.seen = b""
        os.write(self.fd, b"q")
        self.read_until(b"EOF", time.monotonic() + TIMEOUT)
        _, status = os.waitpid(self.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"ssh exited with {os.waitstatus_to_exitcode(status)}")
        os.close(self.fd)

def run_one(s, barrier_open, barrier_done, peak):
    try:
        s.connect()
        barrier_open.wait(TIMEOUT * 3)
        s.work()
        barrier_done.wait(TIMEOUT * 3)
        if s.n == 1:
            peak.append(rss_kib())
        s.quit()
    except Exception as e:
        s.error = f"{type(e).__name__}: {e}"
        try:
            barrier_open.abort() if False else None
            os.kill(s.pid, 9)
        except Exception:
            pass

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

# One session alone (user0), after a warm-up of the same session.
for _ in range(2):
    alone = Session(0)
    alone.connect(); alone.work(); alone.quit()
single = alone.latencies
time.sleep(1)
before = rss_kib()

# SESSIONS at once: all connect, then all work at the same time, then all quit.
all_sessions = [Session(n) for n in range(1, sessions + 1)]
open_barrier = threading.Barrier(sessions)
done_barrier = threading.Barrier(sessions)
peak = []
threads = [threading.Thread(target=run_one, args=(s, open_barrier, done_barrier, peak)) for s in all_sessions]
started = time.monotonic()
for t in threads: t.start()
for t in threads: t.join(TIMEOUT * 10)
elapsed = time.monotonic() - started
failures = [s for s in all_sessions if s.error]
loaded = [ms for s in all_sessions if not s.error for ms in s.latencies]
peak_kib = peak[0] if peak else rss_kib()

print(f"sessions served:      {sessions - len(failures)}/{sessions} at once ({elapsed:.1f} s in all)")
print(f"failures:             {len(failures)} (target 0)")
for s in failures[:5]:
    print(f"  user{s.n}: {s.error[:300]}")
print(f"server memory:        {before // 1024} MiB resident before, {peak_kib // 1024} MiB with {sessions} sessions open: "
      f"{(peak_kib - before) / max(1, sessions) / 1024:.1f} MiB per session")
print(f"key-to-screen, alone: median {statistics.median(single):.1f} ms, p95 {pct(single, 95):.1f} ms ({len(single)} keys)")
if loaded:
    print(f"key-to-screen, {sessions} at once: median {statistics.median(loaded):.1f} ms, p95 {pct(loaded, 95):.1f} ms "
          f"({len(loaded)} keys; {statistics.median(loaded) / statistics.median(single):.1f}x the median alone)")
    slow = sorted(((ms, s.n, i) for s in all_sessions if not s.error for i, ms in enumerate(s.latencies)), reverse=True)[:3]
    names = ["open"] + ["page"] * 10 + ["find", "enter", "next", "list"]
    print("slowest keys:         " + ", ".join(f"{names[i] if i < len(names) else i} {ms:.0f} ms (user{n})" for ms, n, i in slow))
sys.exit(1 if failures else 0)
PY
status=$?
echo "server log: $(grep -c ' quit$' "$WORK/server.log") sessions ended by quitting, $(grep -c 'refused\|failed' "$WORK/server.log") refused or failed"
exit $status
