#!/usr/bin/env bash
# `pilcrow find` across a folder of HTML pages (issue 21's speed item; the clarifications measure it
# on 10,000 files of about 20 KB), next to `grep -rli` on the same files in the same run, for a word
# some pages hold and one that none does. Target: within 4x of grep.
# The pages are made once from `mkcorpus library` text (two documents a page, each paragraph a <p>,
# with a head, a nav bar, a script and a footer as manuals have) unless HTML=... exists.
#
# usage: bench/html-find.sh [-n RUNS]      (default 5 runs each; medians are printed)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MKCORPUS="${MKCORPUS:-/work/shared/tools/mkcorpus}"
HTML="${HTML:-/tmp/html10k/pages}"
TEXT="${TEXT:-/tmp/lib20k/lib}"
RUNS="${RUNS:-5}"
PRESENT="${PRESENT:-Lotrasubka}"
ABSENT="${ABSENT:-qqqxyz}"
# shellcheck source=bench/args.sh
. "$ROOT/bench/args.sh"
bench_args html-find "$@"
command -v python3 >/dev/null || die "python3 is needed to make the pages"

if [ ! -d "$HTML" ]; then
  if [ ! -d "$TEXT" ]; then
    echo "html-find: making $TEXT with mkcorpus (a few minutes)..." >&2
    "$MKCORPUS" library "$TEXT" --docs 20000 >&2 || die "mkcorpus failed"
  fi
  echo "html-find: making 10,000 pages in $HTML..." >&2
  python3 - "$TEXT" "$HTML" <<'PY' || die "making the pages failed"
import html, os, sys
text, out = sys.argv[1], sys.argv[2]
docs = sorted(os.path.join(d, f) for d, _, fs in os.walk(text) for f in fs)
os.makedirs(out, exist_ok=True)
for page in range(10000):
    body = []
    for doc in docs[2 * page:2 * page + 2]:
        paragraphs = [p.strip() for p in open(doc, encoding="utf-8").read().split("\n\n") if p.strip()]
        body.append("<h1>%s</h1>" % html.escape(paragraphs[0].lstrip("# ")))
        body += ["<p>%s</p>" % html.escape(" ".join(p.split())) for p in paragraphs[1:]]
    folder = os.path.join(out, "%02d" % (page % 100))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "page%05d.html" % page), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Page %d</title>"
                "<script>var search = 'qqq';</script><style>p { margin: 0 }</style></head><body>"
                "<nav><a href=\"index.html\">Contents</a> <a href=\"next.html\">Next</a></nav>"
                "<main>%s</main><footer>Made for the bench</footer></body></html>\n" % (page, "\n".join(body)))
PY
fi
PAGES="$(find "$HTML" -type f | wc -l)"
BYTES="$(du -sb "$HTML" | cut -f1)"
JAR="$ROOT/target/pilcrow.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$JAR" -print -quit 2>/dev/null)" ]; then
  (cd "$ROOT" && mvn -B -q -DskipTests package) >/dev/null 2>&1 || die "build failed"
fi

timed() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "html-find: $PAGES pages, $((BYTES / 1048576)) MiB, $RUNS runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$ROOT/pilcrow" find -i "$ABSENT" "$HTML" >/dev/null 2>&1   # page cache, the find CDS archive
grep -rli "$ABSENT" "$HTML" >/dev/null 2>&1
hits="$(grep -rli "$PRESENT" "$HTML" 2>/dev/null | wc -l)"
P=(); PG=(); A=(); AG=()
for ((r = 0; r < RUNS; r++)); do
  P+=("$(timed "$ROOT/pilcrow" find -i "$PRESENT" "$HTML")")
  PG+=("$(timed grep -rli "$PRESENT" "$HTML")")
  A+=("$(timed "$ROOT/pilcrow" find -i "$ABSENT" "$HTML")")
  AG+=("$(timed grep -rli "$ABSENT" "$HTML")")
done
report() {
  local name="$1" p g
  p="$(median "${@:2:RUNS}")"; shift $((RUNS + 1)); g="$(median "$@")"
  awk -v n="$name" -v p="$p" -v g="$g" 'BEGIN {r = p / g; printf "%-28s pilcrow %6d ms   grep -rli %6d ms   %.2fx  (target 4x: %s)\n", n, p, g, r, r <= 4 ? "met" : "NOT met"}'
}
report "a word in $hits pages" "${P[@]}" "${PG[@]}"
report "a word in none" "${A[@]}" "${AG[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
