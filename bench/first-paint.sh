#!/usr/bin/env bash
# First paint: start to the document list on screen (bundled seeds library, 100x30), measured with
# tuiprobe, next to three baselines measured in the same run, on the same machine, right then:
#   - a bare Lanterna program that paints one line (bench/BareLanternaBaseline.java), the target's
#     reference: pilcrow should be within 1.5x of it;
#   - less on the seed file, waiting for its first line;
#   - a JVM printing hello (bench/JvmHello.java), the baseline of issue 23's start-up target.
# pilcrow is run with java directly (the launcher's staleness check is not part of the product's
# start-up); the launcher's own overhead is reported on a separate line.
#
# Every run ends by quitting the program (key q) and waiting for it to exit, so runs don't pile up.
# Runs are interleaved (one of each program per round) so machine noise falls on all of them alike.
#
# usage: bench/first-paint.sh [-n RUNS] [--flags 'JVM FLAGS']... [--cds] [--no-launcher]
#   -n RUNS        measured runs per program (default 7, or $RUNS); one unmeasured warm-up precedes
#   --flags F      also measure pilcrow with extra JVM flags F (repeatable), e.g.
#                  --flags '-XX:TieredStopAtLevel=1' --flags '-XX:+UseSerialGC'
#   --cds          also measure pilcrow with a dynamic CDS archive (bench/out/pilcrow.jsa), made
#                  first by one run that quits normally with -XX:ArchiveClassesAtExit
#   --cds-flags F  the same, the archive made and used with extra JVM flags F (repeatable)
#   --no-launcher  skip the launcher-overhead line
#   --also NAME=CMD  also measure the shell command CMD as NAME (repeatable), e.g. the installed
#                  package: --also 'installed=/usr/bin/pilcrow'
# Exits non-zero only when something failed to run (build, compile, a program that never painted
# or did not exit cleanly); a missed target is reported, not an error.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-$ROOT/../shared/tools/tuiprobe}"
[ -x "$TUIPROBE" ] || TUIPROBE=/work/shared/tools/tuiprobe
SIZE=100x30
TARGET=1.5
RUNS="${RUNS:-7}"
EXTRA_FLAGS=()
CDS_VARIANTS=()
ALSO=()
LAUNCHER=1

while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    --flags) EXTRA_FLAGS+=("$2"); shift 2 ;;
    --cds) CDS_VARIANTS+=(""); shift ;;
    --cds-flags) CDS_VARIANTS+=("$2"); shift 2 ;;
    --no-launcher) LAUNCHER=0; shift ;;
    --also) ALSO+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "first-paint: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "first-paint: -n wants a positive number" >&2; exit 2 ;; esac

die() { echo "first-paint: $*" >&2; exit 1; }
command -v tmux >/dev/null || die "tmux is needed"
command -v java >/dev/null && command -v javac >/dev/null || die "java and javac are needed"
command -v less >/dev/null || die "less is needed"
[ -x "$TUIPROBE" ] || die "tuiprobe not found (set TUIPROBE=...)"

JAR="$ROOT/target/pilcrow.jar"
SEEDS="$ROOT/seeds"
OUT="$ROOT/bench/out"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/first-paint.XXXXXX")"
# The readers keep their data (search history, positions) in the scratch folder, not the user's.
export PILCROW_DATA_DIR="$WORK/data"
mkdir -p "$OUT"

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

# --- build: the jar if missing or older than its sources (the launcher's rule, so the launcher
# line below never measures a build), then the baseline against it.
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" "$SEEDS" -newer "$JAR" -print -quit 2>/dev/null)" ]; then
  echo "first-paint: building target/pilcrow.jar..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests package) >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
fi
BASE_SRC="$ROOT/bench/BareLanternaBaseline.java"
BASE_CLASS="$OUT/BareLanternaBaseline.class"
if [ ! -f "$BASE_CLASS" ] || [ "$BASE_SRC" -nt "$BASE_CLASS" ] || [ "$JAR" -nt "$BASE_CLASS" ]; then
  javac -nowarn --release 17 -d "$OUT" -cp "$JAR" "$BASE_SRC" || die "could not compile $BASE_SRC"
fi
HELLO_CLASS="$OUT/JvmHello.class"
if [ ! -f "$HELLO_CLASS" ] || [ "$ROOT/bench/JvmHello.java" -nt "$HELLO_CLASS" ]; then
  javac -nowarn --release 17 -d "$OUT" "$ROOT/bench/JvmHello.java" || die "could not compile bench/JvmHello.java"
fi
SEED_FILE="$(find "$SEEDS" -maxdepth 1 -type f -name '*.txt' | sort | head -1)"
[ -n "$SEED_FILE" ] || die "no seed file in $SEEDS"

q() { printf '%q' "$1"; }
# The feature version of the JDK the launcher picks (unset JAVA_HOME: the newest of PATH's and
# /usr/lib/jvm's), from the version it prints.
java_feature_of_launcher() {
  "$ROOT/pilcrow" --version 2>/dev/null | sed -n 's/^Java \([0-9]*\).*/\1/p' | head -1
}
PILCROW_CMD="java -Dpilcrow.seeds=$(q "$SEEDS") -jar $(q "$JAR")"
pilcrow_with() { echo "java $1 -Dpilcrow.seeds=$(q "$SEEDS") -jar $(q "$JAR")"; }

# name | command | regex that means "painted"
NAMES=(); CMDS=(); WAITS=()
add() { NAMES+=("$1"); CMDS+=("$2"); WAITS+=("$3"); }
add "pilcrow"      "$PILCROW_CMD"                                    "US passes itself off"
add "bare Lanterna" "java -cp $(q "$JAR"):$(q "$OUT") BareLanternaBaseline" "hello"
add "less"         "LESSHISTFILE=- less -- $(q "$SEED_FILE")"         "US passes itself off"
# The JVM printing hello (issue 23's baseline): it exits at once, so a shell waits for the q.
add "JVM hello"    "java -cp $(q "$OUT") JvmHello; bash -c 'read -rsn1'" "hello"
[ "$LAUNCHER" = 1 ] && add "launcher" "$(q "$ROOT/pilcrow")"         "US passes itself off"
for f in ${EXTRA_FLAGS[@]+"${EXTRA_FLAGS[@]}"}; do
  add "pilcrow $f" "$(pilcrow_with "$f")" "US passes itself off"
done
for a in ${ALSO[@]+"${ALSO[@]}"}; do
  add "${a%%=*}" "${a#*=}" "US passes itself off"
done

FAILED=0
# probe NAME CMD REGEX -> prints the milliseconds to first paint; fails if it never painted or the
# program did not exit with status 0 after q.
probe() {
  local name="$1" cmd="$2" rx="$3" st="$WORK/status" out="$WORK/probe.out"
  rm -f "$st" "$WORK/cpu"
  # /usr/bin/time (when present) adds the CPU time of the whole run, which a busy machine inflates
  # far less than wall time; it costs a fork or two, the same for every program.
  local wrapped="$cmd"
  [ -x /usr/bin/time ] && wrapped="/usr/bin/time -q -f '%U %S' -o $(q "$WORK/cpu") sh -c $(q "$cmd")"
  "$TUIPROBE" --size "$SIZE" --timeout 20 --cmd "$wrapped; echo \$? > $(q "$st")" \
    --step "wait:$rx" --step "keys:q" --step "exited" >"$out" 2>&1 &
  PROBE_PID=$!
  wait "$PROBE_PID"; local rc=$?
  # tuiprobe kills its tmux server, but tmux leaves the socket file behind: remove ours.
  tmux -L "tuiprobe-$PROBE_PID" has-session 2>/dev/null || rm -f "$SOCKDIR/tuiprobe-$PROBE_PID"
  PROBE_PID=""
  local ms; ms="$(sed -n 's/^wait:.* ms=\([0-9][0-9]*\)$/\1/p' "$out" | head -1)"
  if [ $rc -ne 0 ] || [ -z "$ms" ]; then
    { echo "first-paint: $name did not paint (tuiprobe exit $rc):"; cat "$out"; } >&2; return 1
  fi
  sleep 0.05  # the status file is written just before the pane dies
  if [ "$(cat "$st" 2>/dev/null)" != 0 ]; then
    echo "first-paint: $name painted but exited with status $(cat "$st" 2>/dev/null || echo '?')" >&2; return 1
  fi
  CPU_MS="$(awk '{printf "%.0f", ($1 + $2) * 1000}' "$WORK/cpu" 2>/dev/null)"
  echo "$ms ${CPU_MS:--}"
}

# --- optional: dynamic CDS archives, each made by one run that quits normally (Java 17 dumps the
# archive at a normal exit, System.exit included, never on a signal).
for k in ${CDS_VARIANTS[@]+"${!CDS_VARIANTS[@]}"}; do
  f="${CDS_VARIANTS[$k]}"; JSA="$OUT/pilcrow-$k.jsa"
  rm -f "$JSA"
  echo "first-paint: making CDS archive $JSA${f:+ with $f}..." >&2
  if probe "CDS dump" "$(pilcrow_with "$f -XX:ArchiveClassesAtExit=$(q "$JSA")")" "US passes itself off" >/dev/null \
     && [ -s "$JSA" ]; then
    add "pilcrow CDS${f:+ $f}" "$(pilcrow_with "$f -XX:SharedArchiveFile=$(q "$JSA")")" "US passes itself off"
  else
    echo "first-paint: could not make the CDS archive${f:+ with $f}" >&2; FAILED=1
  fi
done

# --- measure: one warm-up round (page cache, JIT-less JVM files), then RUNS interleaved rounds.
declare -A SAMPLES CPUS
echo "first-paint: $RUNS runs each at $SIZE, interleaved, after one warm-up round..." >&2
for ((r = 0; r <= RUNS; r++)); do
  for i in "${!NAMES[@]}"; do
    if res="$(probe "${NAMES[$i]}" "${CMDS[$i]}" "${WAITS[$i]}")"; then
      if [ $r -gt 0 ]; then
        SAMPLES[$i]+="${res% *} "
        [ "${res#* }" != - ] && CPUS[$i]+="${res#* } "
      fi
    else
      FAILED=1
    fi
  done
done

minimum() { tr ' ' '\n' | grep . | sort -n | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a=="" || b=="" || b==0) print "-"; else printf "%.2f", a/b}'; }

declare -A MED MIN CPU
for i in "${!NAMES[@]}"; do
  MED[$i]="$(echo "${SAMPLES[$i]:-}" | median)"; MIN[$i]="$(echo "${SAMPLES[$i]:-}" | minimum)"
  CPU[$i]="$(echo "${CPUS[$i]:-}" | median)"
done
BARE_MED="${MED[1]}"; BARE_MIN="${MIN[1]}"

echo
echo "first paint at $SIZE, ms (java $(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/'), $(nproc) cores, $RUNS runs)"
echo "(cpu: median user+sys ms of the whole run, start to exit after q; less sensitive to a busy machine)"
W=36; for n in "${NAMES[@]}"; do [ ${#n} -gt $W ] && W=${#n}; done
printf "%-${W}s %7s %7s %7s %7s  %s\n" "program" "median" "min" "/bare" "cpu" "runs"
for i in "${!NAMES[@]}"; do
  printf "%-${W}s %7s %7s %7s %7s  %s\n" "${NAMES[$i]}" "${MED[$i]:--}" "${MIN[$i]:--}" \
    "$(ratio "${MED[$i]}" "$BARE_MED")" "${CPU[$i]:--}" "${SAMPLES[$i]:-}"
done
echo
R_MED="$(ratio "${MED[0]}" "$BARE_MED")"; R_MIN="$(ratio "${MIN[0]}" "$BARE_MIN")"
if [ "$R_MED" = "-" ]; then
  echo "pilcrow / bare Lanterna: not measured"
else
  met="$(awk -v r="$R_MED" -v t="$TARGET" 'BEGIN {print (r <= t) ? "met" : "NOT met"}')"
  echo "pilcrow / bare Lanterna: ${R_MED}x (medians), ${R_MIN}x (mins); target within ${TARGET}x: $met"
  echo "pilcrow / less:          $(ratio "${MED[0]}" "${MED[2]}")x (medians)"
  echo "pilcrow / JVM hello:     $(ratio "${MED[0]}" "${MED[3]}")x (medians)"
fi

# --- the launcher: how users start pilcrow (C1 and a class data sharing archive); its overhead.
if [ "$LAUNCHER" = 1 ]; then
  if [ -n "${MED[4]:-}" ]; then
    L_MED="$(ratio "${MED[4]}" "$BARE_MED")"
    met="$(awk -v r="$L_MED" -v t="$TARGET" 'BEGIN {print (r <= t) ? "met" : "NOT met"}')"
    echo "./pilcrow (launcher) / bare Lanterna: ${L_MED}x (medians); target within ${TARGET}x: $met"
  fi
  if [ -n "${MED[4]:-}" ] && [ -n "${MED[0]:-}" ]; then
    echo "launcher overhead, end to end: $(( MED[4] - MED[0] )) ms (launcher median - java median; noisy)"
  fi
  # The stub is a JDK folder named by JAVA_HOME (which the launcher obeys; a java on PATH would
  # lose to a newer JDK in /usr/lib/jvm, and a real JVM was timed), of the newest JDK found, so
  # the launcher takes the path it takes for real.
  stub_feature="$(java_feature_of_launcher)"
  mkdir -p "$WORK/stub/bin"; printf '#!/bin/sh\nexit 0\n' >"$WORK/stub/bin/java"; chmod +x "$WORK/stub/bin/java"
  printf 'JAVA_VERSION="%s.0.0"\n' "$stub_feature" >"$WORK/stub/release"
  n=$(( RUNS * 5 )); t0=$(date +%s%N)
  for ((k = 0; k < n; k++)); do JAVA_HOME="$WORK/stub" "$ROOT/pilcrow" >/dev/null 2>&1 || FAILED=1; done
  t1=$(date +%s%N)
  echo "launcher overhead, script alone (bash + staleness check, JDK $stub_feature stubbed): $(awk -v d=$((t1 - t0)) -v n=$n 'BEGIN {printf "%.1f", d/n/1e6}') ms mean of $n"
fi

[ "$FAILED" = 0 ] || { echo "first-paint: some runs failed (see above)" >&2; exit 1; }
exit 0
