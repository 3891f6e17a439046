#!/usr/bin/env bash
# JMH benchmarks of the core (bench/jmh/src): the paragraph index of a large file, find (in a
# document in memory and in a large file where it lies) and wrapping/layout, each next to a baseline
# measured in the same run (the floor for that work: reading every long of the mapping, indexOf,
# measuring every grapheme once). They make their own text; nothing on disk is needed.
#
# usage: bench/jmh.sh [JMH ARGS...]
#   bench/jmh.sh                  all of them (about 6 minutes)
#   bench/jmh.sh Index            those whose name matches (a regex)
#   bench/jmh.sh -p mib=1024 Index   a 1 GiB file instead of 256 MiB
#   bench/jmh.sh -h               JMH's own options
# Builds pilcrow's jar (as ./pilcrow does) and the benchmarks jar (Maven) first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  --help) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
"$ROOT/pilcrow" --version >/dev/null
(cd "$ROOT/bench/jmh" && mvn -B -q package) || { echo "jmh: building the benchmarks failed" >&2; exit 1; }
exec java -cp "$ROOT/bench/jmh/target/benchmarks.jar:$ROOT/target/pilcrow.jar" org.openjdk.jmh.Main "$@"
