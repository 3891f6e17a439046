package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.core.doc.Document;
import pilcrow.testing.SourceGens;

/**
 * {@link SimpleHtml} against jsoup: every page it reads gives the document {@link HtmlParser#parse}
 * gives (blocks, numbers, kinds, levels, markers, links, anchors, title), and it reads most
 * well-formed pages, so that the property says something. Pages come from a grammar of the
 * elements it reads (with chrome, ids, links to them, entities, lists, quotes), with now and then
 * what it must decline (tables, {@code pre}, missing end tags, misnesting, unknown entities), and
 * from the loose pieces of {@link HtmlPrefilterTest}.
 */
class SimpleHtmlTest {

    private static final int EXAMPLES = 3000;

    @Test
    void aPageReadFromItsBytesIsTheDocumentJsoupMakes() {
        AtomicInteger read = new AtomicInteger();
        qt().withExamples(EXAMPLES).forAll(Generate.longRange(0, Long.MAX_VALUE).map(seed -> page(new Random(seed))))
                .checkAssert(page -> SourceGens.checking(() -> {
                    if (sameAsJsoup(page)) {
                        read.incrementAndGet();
                    }
                }));
        assertThat(read.get()).as("pages read without jsoup").isGreaterThan(EXAMPLES / 3);
    }

    @Test
    void loosePiecesAreReadAsJsoupReadsThemOrLeftToIt() {
        Gen<String> pieces = SourceGens.joined(Generate.pick(HtmlPrefilterTest.PIECES), "", 0, 12, EXAMPLES);
        Gen<String> head = SourceGens.pick("", "<!DOCTYPE html>", "<html><head><title>T</title></head><body>");
        AtomicInteger read = new AtomicInteger();
        qt().withExamples(EXAMPLES).forAll(head.zip(pieces, String::concat))
                .checkAssert(page -> SourceGens.checking(() -> {
                    if (sameAsJsoup(page)) {
                        read.incrementAndGet();
                    }
                }));
        assertThat(read.get()).as("pages read without jsoup").isGreaterThan(EXAMPLES / 20);
    }

    /** The pages of bench/html-find.sh: read without jsoup, or the bench measures nothing of it. */
    @Test
    void theBenchsPagesAreRead() {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Page 7</title>"
                + "<script>var search = 'qqq';</script><style>p { margin: 0 }</style></head><body>"
                + "<nav><a href=\"index.html\">Contents</a> <a href=\"next.html\">Next</a></nav>"
                + "<main><h1>A title</h1>\n<p>One &amp; two &lt;three&gt; &quot;four&quot;.</p>\n<p>Five.</p></main>"
                + "<footer>Made for the bench</footer></body></html>\n";
        assertThat(sameAsJsoup(page)).isTrue();
        Document document = HtmlParser.parseAscii("p.html", bytes(page), page.length(), "p.html", page.length());
        assertThat(document.title()).isEqualTo("Page 7");
        assertThat(document.blocks()).extracting(b -> b.text())
                .containsExactly("A title", "One & two <three> \"four\".", "Five.");
    }

    @Test
    void whatTheParserWouldMoveOrReadOtherwiseIsLeftToJsoup() {
        for (String page : List.of("<p>a<div>b</div></p>", "<p>a<p>b", "<b>a<i>b</b>c</i>", "<ul><li>a<li>b</ul>",
                "<table><tr><td>a</td></tr></table>", "<pre>\na</pre>", "<p>&copy; 2026</p>", "<p>a&#27;b</p>",
                "<h1>a<h2>b</h2></h1>", "<a href=x>a<a href=y>b</a></a>", "<li>alone</li>", "<p>a</div>",
                "<body><p>a</p></body><p>after</p>", "<script><!--</script>-->x</script><p>a</p>", "<p/>",
                "<p>a <!-- cut", "<p class=\"a\"b>x</p>", "<head><p>x</p><title>late</title>")) {
            assertThat(SimpleHtml.parse("a.html", bytes(page), bytes(page).length, "a.html", page.length()))
                    .as(page).isNull();
            assertThat(HtmlParser.parseAscii("a.html", bytes(page), bytes(page).length, "a.html", page.length()))
                    .as(page).isEqualTo(HtmlParser.parse("a.html", page, "a.html", page.length()));
        }
    }

    /**
     * HTML pages installed on this machine (Debian's /usr/share/doc/&lt;package&gt;/html): every
     * one read gives jsoup's document. None installed: nothing to compare, which is said.
     */
    @Test
    void realPagesReadFromTheirBytesAreAsJsoupReadsThem() throws IOException {
        List<Path> pages = new ArrayList<>();
        Path doc = Path.of("/usr/share/doc");
        if (Files.isDirectory(doc)) {
            try (Stream<Path> walk = Files.walk(doc, 4)) {
                walk.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p)).limit(400).forEach(pages::add);
            }
        }
        int read = 0;
        for (Path path : pages) {
            byte[] bytes = Files.readAllBytes(path);
            String page = new String(bytes, StandardCharsets.ISO_8859_1);
            if (page.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c == '\n' || c == '\t') && sameAsJsoup(page)) {
                read++;
            }
        }
        System.out.printf("SimpleHtmlTest: %d of %d installed pages read without jsoup%n", read, pages.size());
    }

    /** Whether SimpleHtml read the page; when it did, its document must equal jsoup's. */
    private static boolean sameAsJsoup(String page) {
        byte[] bytes = bytes(page);
        Document simple = SimpleHtml.parse("a.html", bytes, bytes.length, "a.html", bytes.length);
        if (simple == null) {
            return false;
        }
        assertThat(simple).as("read from the bytes of %s", page)
                .isEqualTo(HtmlParser.parse("a.html", page, "a.html", bytes.length));
        return true;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    // A grammar of pages: mostly what SimpleHtml reads, sometimes what it must decline.

    private static final String[] WORDS = {"zebra", "Kit", "the", "a", "&amp;", "&lt;b&gt;", "&#65;", "&#x42;",
        "&nbsp;", "&quot;q&quot;", "&apos;", "a < b", "x & y", " ", "\n  ", "\t", "Zebra Kit", "words", "more",
        "text", "here", "and", "of", "it", "Lotrasubka"};
    private static final String[] IDS = {"one", "two", "three"};
    private static final String[] INLINE = {"b", "em", "code", "span", "strong", "i", "small", "abbr", "q", "sub"};
    private static final String[] BLOCK = {"div", "section", "article", "aside", "main", "header", "footer", "nav",
        "blockquote", "address", "figure", "center"};

    static String page(Random r) {
        String head = pick(r, "", "<!DOCTYPE html>", "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=\"utf-8\">"
                + "<title>The &amp; page</title>\n<script>if (a < b) {}</script><style>p {}</style>\n</head>\n<body>\n",
                "<html><body class=x>", "<title>Only a title</title>", "<html><head><title> </title></head><body>",
                "<!-- a comment --><html><head><link rel=stylesheet href=s.css></head>\n<body>");
        String tail = pick(r, "", "</body></html>\n", "\n</body>\n</html>\n", "<!-- end -->", "</body>");
        return head + flow(r, 0) + tail;
    }

    private static String flow(Random r, int depth) {
        StringBuilder out = new StringBuilder();
        int n = r.nextInt(depth == 0 ? 7 : 4);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(depth > 3 ? 3 : 30);
            switch (kind) {
                case 0, 1 -> out.append(phrasing(r, depth));
                case 2 -> out.append(element(r, pick(r, "p", "p", "h1", "h2", "h3", "p", "p", "h1", "h2", "h3", "dt"),
                        phrasing(r, depth)));
                case 3 -> out.append(list(r, depth));
                case 4 -> out.append("<dl>").append(element(r, "dt", phrasing(r, depth)))
                        .append(element(r, "dd", flow(r, depth + 1))).append("</dl>");
                case 5 -> out.append(pick(r, "<hr>", "<!-- note -->", "<script>x = '<p>';</script>", "\n"));
                case 6 -> out.append(odd(r));
                case 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18 ->
                        out.append(element(r, BLOCK[r.nextInt(BLOCK.length)], flow(r, depth + 1)));
                default -> out.append(element(r, pick(r, "p", "p", "h2"), phrasing(r, depth)));
            }
        }
        return out.toString();
    }

    private static String list(Random r, int depth) {
        String tag = pick(r, "ul", "ol", "ol start=3", "ol start=x");
        StringBuilder out = new StringBuilder("<" + tag + ">");
        int items = 1 + r.nextInt(3);
        for (int i = 0; i < items; i++) {
            out.append(pick(r, "", "\n ")).append(element(r, "li", r.nextBoolean() ? phrasing(r, depth) : flow(r, depth + 1)));
        }
        return out.append("</").append(tag.split(" ")[0]).append(">").toString();
    }

    private static String phrasing(Random r, int depth) {
        return phrasing(r, depth, false);
    }

    private static String phrasing(Random r, int depth, boolean inLink) {
        StringBuilder out = new StringBuilder();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(depth > 4 ? 2 : 8);
            if (kind == 4 && inLink && r.nextInt(6) > 0) { // now and then a link in a link
                kind = 5;
            }
            switch (kind) {
                case 0 -> out.append(r.nextInt(8) > 0 ? WORDS[r.nextInt(WORDS.length)] // a block in a paragraph or heading
                        : pick(r, "<div>in</div>", "<h3>in</h3>", "<ul><li>in</li></ul>", "<p>in</p>", "<hr>"));
                case 1, 2 -> out.append(WORDS[r.nextInt(WORDS.length)]).append(pick(r, " ", "", "\n"));
                case 3 -> out.append(pick(r, "<br>", "<br/>", "<img alt=\"kit\">", "<img src=x alt='&amp;'>", "<img alt=\"a\n\tb\">",
                        "<img hidden alt=no>", "<wbr>", "<img>"));
                case 4 -> out.append("<a ").append(pick(r, "href=\"#" + IDS[r.nextInt(IDS.length)] + "\"", "href=x.html",
                        "href=\"?a=1&amp;b=2\"", "name=" + IDS[r.nextInt(IDS.length)], "class=headerlink href='#one'",
                        "href=\"x\ny.html\"", "href='a\tb'")) // a target's line break and tab are sanitized
                        .append(">").append(phrasing(r, depth + 1, true)).append("</a>");
                default -> out.append(element(r, INLINE[r.nextInt(INLINE.length)], phrasing(r, depth + 1, inLink)));
            }
        }
        return out.toString();
    }

    /** An element with now and then an id, chrome's marks, or hidden. */
    private static String element(Random r, String tag, String inner) {
        String attributes = switch (r.nextInt(12)) {
            case 0, 1 -> " id=" + IDS[r.nextInt(IDS.length)];
            case 2 -> " class=\"" + pick(r, "note", "x footer", "navheader", "related y", "FOOTER") + "\"";
            case 3 -> " hidden";
            case 4 -> " role=" + pick(r, "navigation", "'  Banner '", "main");
            case 5 -> " ID='two' title=\"a &amp; b\"";
            default -> "";
        };
        String name = tag.split(" ")[0];
        return "<" + tag + attributes + ">" + inner + (r.nextInt(200) == 0 ? "" : "</" + name + ">");
    }

    /** What SimpleHtml must decline, or reads only in part. */
    private static String odd(Random r) {
        return pick(r, "<table><tr><td>cell</td></tr></table>", "<pre>\n code\n</pre>", "<p>open", "</div>",
                "<b><i>mis</b>nested</i>", "<form>x</form>", "<p>a<div>b</div>", "&unknown;", "<x-custom>c</x-custom>",
                "<![CDATA[x]]>", "<?pi?>", "<p>last</p>", "<span>ok</span>", "&copy;", "&#0;", "&#x263A;");
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }
}
