#!/usr/bin/env bash
# EPUB first paint (issue 21): start to the first chapter's first words on screen, for a book of
# about 5 MB made from mkcorpus text, next to a plain-text document of the same text in the same
# run (target: within 1.5x of it), both with tuiprobe at 100x30 through the launcher.
#
# The book: mkcorpus's big text (12 MiB, blank-line paragraphs) cut into chapters of 300
# paragraphs, each an XHTML file with an <h1>, zipped as an EPUB 3 with a navigation document
# (python3's zipfile, mimetype stored first). The plain text is the same text as a .txt.
# Runs are interleaved (one of each per round) so machine noise falls on both alike.
#
# usage: bench/epub-first-paint.sh [-n RUNS] [--mib MIB]
#   -n RUNS   measured runs of each (default 5, or $RUNS); one unmeasured warm-up precedes
#   --mib MIB the text's size (default 12, which makes a book of about 5 MB)
# Exits non-zero only when something failed to run; a missed target is reported, not an error.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TUIPROBE="${TUIPROBE:-$ROOT/../shared/tools/tuiprobe}"
[ -x "$TUIPROBE" ] || TUIPROBE=/work/shared/tools/tuiprobe
MKCORPUS="${MKCORPUS:-$ROOT/../shared/tools/mkcorpus}"
[ -x "$MKCORPUS" ] || MKCORPUS=/work/shared/tools/mkcorpus
SIZE=100x30
TARGET=1.5
RUNS="${RUNS:-5}"
MIB=12
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    --mib) MIB="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "epub-first-paint: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "epub-first-paint: -n wants a positive number" >&2; exit 2 ;; esac

die() { echo "epub-first-paint: $*" >&2; exit 1; }
command -v tmux >/dev/null || die "tmux is needed"
command -v python3 >/dev/null || die "python3 is needed (to zip the book)"
[ -x "$TUIPROBE" ] || die "tuiprobe not found (set TUIPROBE=...)"
[ -x "$MKCORPUS" ] || die "mkcorpus not found (set MKCORPUS=...)"

OUT="$ROOT/bench/out"
TEXT="$OUT/epub-text-$MIB.txt"
BOOK="$OUT/epub-book-$MIB.epub"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/epub-first-paint.XXXXXX")"
export PILCROW_DATA_DIR="$WORK/data"
mkdir -p "$OUT"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT" || die "cannot cd to $ROOT"

if [ ! -s "$TEXT" ]; then
  "$MKCORPUS" big "$TEXT.tmp" --mib "$MIB" >&2 || { rm -f "$TEXT.tmp"; die "mkcorpus failed"; }
  mv "$TEXT.tmp" "$TEXT"
fi
if [ ! -s "$BOOK" ] || [ "$TEXT" -nt "$BOOK" ]; then
  python3 - "$TEXT" "$BOOK.tmp" <<'PY' || die "making the book failed"
import html, sys, zipfile
text, out = sys.argv[1], sys.argv[2]
paragraphs = [p.replace("\n", " ") for p in open(text, encoding="utf-8").read().split("\n\n") if p.strip()]
title, paragraphs = paragraphs[0], paragraphs[1:]
chapters = [paragraphs[i:i + 300] for i in range(0, len(paragraphs), 300)]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", zipfile.ZIP_STORED)
    z.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" '
               'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
               'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>')
    items, spine, nav = [], [], []
    for n, chapter in enumerate(chapters, 1):
        body = "".join("<p>%s</p>\n" % html.escape(p) for p in chapter)
        z.writestr("OEBPS/c%d.xhtml" % n, '<?xml version="1.0" encoding="UTF-8"?><html '
                   'xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter %d</title></head><body>'
                   '<h1>Chapter %d</h1>\n%s</body></html>' % (n, n, body))
        items.append('<item id="c%d" href="c%d.xhtml" media-type="application/xhtml+xml"/>' % (n, n))
        spine.append('<itemref idref="c%d"/>' % n)
        nav.append('<li><a href="c%d.xhtml">Chapter %d</a></li>' % (n, n))
    z.writestr("OEBPS/nav.xhtml", '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
               'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body>'
               '<nav epub:type="toc"><ol>%s</ol></nav></body></html>' % "".join(nav))
    z.writestr("OEBPS/content.opf", '<?xml version="1.0" encoding="UTF-8"?><package '
               'xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata '
               'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>mkcorpus'
               '</dc:creator></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
               'properties="nav"/>%s</manifest><spine>%s</spine></package>'
               % (html.escape(title), "".join(items), "".join(spine)))
PY
  mv "$BOOK.tmp" "$BOOK"
fi
./pilcrow --version >/dev/null 2>"$WORK/build.log" || { cat "$WORK/build.log" >&2; die "build failed"; }
# Both show the text's first paragraph first (the book after "by mkcorpus" and "Chapter 1").
FIRST_RX="$(awk 'BEGIN {RS=""} NR==2 {print; exit}' "$TEXT" | head -1 | cut -c1-24 | sed 's/[][\\.^$*+?(){}|]/\\&/g')"

ms_of() { grep -F "$1 ms=" "$2" | head -1 | sed -n 's/.* ms=\([0-9][0-9]*\)$/\1/p'; }
probe() {
  local name="$1"; shift
  "$TUIPROBE" --size "$SIZE" --timeout 60 "$@" >"$WORK/$name" 2>&1 &
  PROBE_PID=$!
  wait "$PROBE_PID"; local rc=$?
  PROBE_PID=""
  return $rc
}

declare -A S
add() { [ -n "$2" ] && S[$1]+="$2 "; }
FAILED=0
for r in $(seq 0 "$RUNS"); do
  for kind in text book; do
    file="$TEXT"; [ "$kind" = book ] && file="$BOOK"
    if probe "$kind" --cmd "./pilcrow $file" --step "wait:$FIRST_RX" --step "keys:Q" --step exited; then
      [ "$r" -gt 0 ] && add "$kind" "$(ms_of "wait:$FIRST_RX" "$WORK/$kind")"
    else
      echo "epub-first-paint: $kind run $r failed:" >&2; tail -5 "$WORK/$kind" >&2; FAILED=1
    fi
  done
done
[ "$FAILED" = 0 ] || exit 1

text_ms="$(echo "${S[text]}" | median)"
book_ms="$(echo "${S[book]}" | median)"
ratio="$(awk -v b="$book_ms" -v t="$text_ms" 'BEGIN {printf "%.2f", b / t}')"
verdict="$(awk -v r="$ratio" -v g="$TARGET" 'BEGIN {print (r <= g) ? "within" : "OVER"}')"
echo "book: $(( $(stat -c %s "$BOOK") / 1024 )) KiB EPUB of $MIB MiB text; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "plain text first paint (median of $RUNS): $text_ms ms   [${S[text]% }]"
echo "EPUB first paint       (median of $RUNS): $book_ms ms   [${S[book]% }]"
echo "ratio EPUB/text: ${ratio}x ($verdict the ${TARGET}x target)"
