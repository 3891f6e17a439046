#!/usr/bin/env bash
# A real login during a flood of silent connections (issue 16 item 4), on loopback, with the real
# OpenSSH client: 200 TCP connections from 127.0.0.2-6 (40 each) that never speak, each opened
# again as soon as the server closes it (refused, dropped to make room, or at the login grace),
# while `ssh -T ... list` from 127.0.0.1 logs in LOGINS times (default 10), one after another.
# Prints the logins that got in (target: all) and the time from starting ssh to the library's
# first line, median and slowest (target: under 3 s), first without the flood, then during it;
# and the server's log lines during the flood (one per burst of refusals, not one per socket).
#
# usage: bench/serve-startups.sh [-n LOGINS]
# Bounded: every login has a 20 s timeout, the flood stops with the script, the server runs on a
# free port with a scratch data folder and is stopped (SIGTERM) at the end.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOGINS=10
while [ $# -gt 0 ]; do
  case "$1" in
    -n) LOGINS="$2"; shift 2 ;;
    *) echo "usage: $0 [-n LOGINS]" >&2; exit 2 ;;
  esac
done
command -v ssh >/dev/null || { echo "needs the OpenSSH client (ssh, ssh-keygen)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3 (the flood and the clock)" >&2; exit 2; }

JAR="$ROOT/target/pilcrow.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
  echo "building target/pilcrow.jar" >&2
  (cd "$ROOT" && mvn -B -q -o package -DskipTests) || exit 1
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/pilcrow-serve-startups.XXXXXX")"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ssh-keygen -q -t ed25519 -N '' -C user -f "$WORK/user" || exit 1
cp "$WORK/user.pub" "$WORK/authorized_keys"
java -Dpilcrow.seeds="$ROOT/seeds" -jar "$JAR" --data-dir "$WORK/data" serve --port 0 \
  --authorized-keys "$WORK/authorized_keys" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 200); do
  grep -q "connect with: ssh -p" "$WORK/server.log" && break
  sleep 0.1
done
PORT="$(grep -o 'connect with: ssh -p [0-9]*' "$WORK/server.log" | awk '{print $5}')"
[ -n "$PORT" ] || { echo "the server did not start:"; cat "$WORK/server.log"; exit 1; }

python3 - "$WORK" "$PORT" "$LOGINS" <<'PY'
import socket, statistics, subprocess, sys, threading, time

work, port, logins = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
stop = threading.Event()

def silent(source):
    """One silent connection from `source`, opened again whenever the server closes it."""
    while not stop.is_set():
        try:
            s = socket.socket()
            s.bind((source, 0))
            s.settimeout(1.0)
            s.connect(("127.0.0.1", port))
            while not stop.is_set():
                try:
                    if not s.recv(4096):
                        break
                except socket.timeout:
                    continue
        except OSError:
            time.sleep(0.05)
        finally:
            s.close()

def login():
    start = time.monotonic()
    try:
        out = subprocess.run(["ssh", "-b", "127.0.0.1", "-o", "UserKnownHostsFile=/dev/null",
                              "-o", "StrictHostKeyChecking=no", "-o", "IdentitiesOnly=yes",
                              "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-i", f"{work}/user",
                              "-p", str(port), "-T", "127.0.0.1"],
                             input="list\n", capture_output=True, text=True, timeout=20)
        ok = "US passes itself off" in out.stdout
    except subprocess.TimeoutExpired:
        ok = False
    return ok, time.monotonic() - start

def run(label):
    times, failed = [], 0
    for _ in range(logins):
        ok, took = login()
        if ok:
            times.append(took)
        else:
            failed += 1
    if times:
        print(f"{label}: {len(times)} of {logins} logged in; median {statistics.median(times):.2f} s, "
              f"slowest {max(times):.2f} s")
    else:
        print(f"{label}: 0 of {logins} logged in")

run("alone")
with open(f"{work}/server.log") as f:
    before = len(f.readlines())
threads = [threading.Thread(target=silent, args=(f"127.0.0.{2 + i % 5}",), daemon=True) for i in range(200)]
for t in threads:
    t.start()
time.sleep(2)  # the flood fills the pool before the first login
run("during 200 silent connections from 127.0.0.2-6")
stop.set()
for t in threads:
    t.join(3)
time.sleep(3)  # the last burst's line
with open(f"{work}/server.log") as f:
    during = f.readlines()[before:]
print(f"server log during the flood: {len(during)} lines")
for line in during[:6]:
    print("  " + line.rstrip()[:200])
PY
