# Shared by the bench scripts whose only option is -n: sourced before anything runs.
# bench_args NAME ARGS...: -n RUNS (a positive number) and -h/--help (the script's head comment,
# up to `set -uo`); anything else is refused. Sets RUNS; defines die, whose lines start with NAME.
bench_args() {
  BENCH="$1"; shift
  while [ $# -gt 0 ]; do
    case "$1" in
      -n) RUNS="${2:-}"; shift 2 || shift ;;
      -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
      *) echo "$BENCH: unknown argument $1 (try --help)" >&2; exit 2 ;;
    esac
  done
  case "$RUNS" in ''|*[!0-9]*|0) echo "$BENCH: -n wants a positive number" >&2; exit 2 ;; esac
}
die() { echo "$BENCH: $*" >&2; exit 1; }
