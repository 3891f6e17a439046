package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.Link;

/** HTML becomes the blocks Markdown makes, each kind, with links, a title and no chrome. */
class HtmlParserTest {

    private static Document parse(String html) {
        return HtmlParser.parse("page.html", html, "page.html", html.length());
    }

    private static Document body(String body) {
        return parse("<!DOCTYPE html><html><head><title>Page</title></head><body>" + body + "</body></html>");
    }

    private static List<String> texts(Document d) {
        return d.blocks().stream().map(Block::text).toList();
    }

    @Test
    void headingsKeepTheirLevelsAndParagraphsTheirText() {
        Document d = body("<h1>One</h1><p>First  para\n graph.</p><h3>Three</h3><p>Second</p>");

        assertThat(d.blocks()).extracting(Block::kind, Block::level, Block::text).containsExactly(
                tuple(BlockKind.HEADING, 1, "One"),
                tuple(BlockKind.PARAGRAPH, 0, "First para graph."),
                tuple(BlockKind.HEADING, 3, "Three"),
                tuple(BlockKind.PARAGRAPH, 0, "Second"));
        assertThat(d.blocks()).extracting(Block::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void whiteSpaceIsOneSpaceAcrossInlineTagsAndNoneAtABlocksEdges() {
        Document d = body("<p> \n a  <b> b\t</b>\n\t <i> c</i><span>d </span> </p><p>\t<em> </em>e</p>");

        assertThat(texts(d)).containsExactly("a b cd", "e");
    }

    @Test
    void textOutsideAnyParagraphIsAParagraphOfItsOwn() {
        Document d = body("Loose text<div>In a div</div>after it");

        assertThat(texts(d)).containsExactly("Loose text", "In a div", "after it");
    }

    @Test
    void listItemsHaveMarkersAndNestingAndAnOrderedListItsStart() {
        Document d = body("<ul><li>Apple<ul><li>Green</li></ul></li><li><p>Pear</p></li></ul>"
                + "<ol start=\"7\"><li>Seventh</li><li>Eighth</li></ol>");

        assertThat(d.blocks()).extracting(Block::kind, Block::level, Block::marker, Block::text).containsExactly(
                tuple(BlockKind.LIST_ITEM, 1, "\u2022", "Apple"),
                tuple(BlockKind.LIST_ITEM, 2, "\u2022", "Green"),
                tuple(BlockKind.LIST_ITEM, 1, "\u2022", "Pear"),
                tuple(BlockKind.LIST_ITEM, 1, "7.", "Seventh"),
                tuple(BlockKind.LIST_ITEM, 1, "8.", "Eighth"));
    }

    @Test
    void aDefinitionIsItsTermThenItsDescriptionIndented() {
        Document d = body("<dl><dt>os.getcwd()</dt><dd><p>Return the folder.</p></dd></dl>");

        assertThat(d.blocks()).extracting(Block::kind, Block::level, Block::marker, Block::text).containsExactly(
                tuple(BlockKind.PARAGRAPH, 0, "", "os.getcwd()"),
                tuple(BlockKind.LIST_ITEM, 1, "", "Return the folder."));
    }

    @Test
    void quotesAreQuotesNestedByDepth() {
        Document d = body("<blockquote><p>Said once.</p><blockquote>Said twice.</blockquote></blockquote>");

        assertThat(d.blocks()).extracting(Block::kind, Block::level, Block::text).containsExactly(
                tuple(BlockKind.QUOTE, 1, "Said once."),
                tuple(BlockKind.QUOTE, 2, "Said twice."));
    }

    @Test
    void preformattedTextIsCodeWithItsSpacesAndLineBreaks() {
        Document d = body("<pre>\nif x:\n    <b>return</b>  1<br>done\n</pre>");

        assertThat(d.blocks()).extracting(Block::kind, Block::text)
                .containsExactly(tuple(BlockKind.CODE, "if x:\n    return  1\ndone"));
    }

    @Test
    void aTableIsOneBlockOfItsRowsAndCells() {
        Document d = body("<table><thead><tr><th>Key</th><th>Does</th></tr></thead>"
                + "<tbody><tr><td><code>q</code></td><td>quits <em>at once</em></td></tr></tbody></table>");

        Block table = d.paragraph(1);
        assertThat(table.kind()).isEqualTo(BlockKind.TABLE);
        assertThat(table.rows()).containsExactly(List.of("Key", "Does"), List.of("q", "quits at once"));
        assertThat(table.text()).isEqualTo("Key | Does\nq | quits at once");
    }

    @Test
    void aTableThatLaysOutBlocksIsReadAsItsBlocks() {
        Document d = body("<div class=\"note\"><table summary=\"Note\"><tr><td><img alt=\"[Note]\"></td><th>Note</th></tr>"
                + "<tr><td><p>Back up first.</p><ul><li>Really.</li></ul></td></tr></table></div>"
                + "<table role=\"presentation\"><tr><td>Left</td><td>Right</td></tr></table>");

        assertThat(d.blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(BlockKind.PARAGRAPH, "[Note] Note"),
                tuple(BlockKind.PARAGRAPH, "Back up first."),
                tuple(BlockKind.LIST_ITEM, "Really."),
                tuple(BlockKind.PARAGRAPH, "Left Right"));
    }

    @Test
    void linksKeepTheirTargetAsWrittenAndTheirTextInTheFlow() {
        Document d = body("<p>See <a href=\"../intro.html#start\">the  intro</a> and <a name=\"x\">no link</a>.</p>");

        Block p = d.paragraph(1);
        assertThat(p.text()).isEqualTo("See the intro and no link.");
        assertThat(p.links()).containsExactly(new Link(4, 13, "../intro.html#start"));
    }

    /**
     * A manual's own links name element ids (Sphinx's {@code #module-os}, a section's id), not
     * GitHub's heading slugs: each is written as the anchor of the heading whose section the id
     * lands in, so Enter follows it; an id the page does not have stays as written.
     */
    @Test
    void linksToAnIdInThePageLeadToTheHeadingOfItsSection() {
        Document d = body("<p>Go to <a href=\"#install\">setup</a>, <a href=\"#step-2\">step two</a>,"
                + " <a href=\"#nowhere\">gone</a>.</p>"
                + "<section id=\"install\"><h2>Setting it up</h2><p>First.</p><p id=\"step-2\">Second.</p></section>"
                + "<h2>Setting it up</h2><p><a href=\"#again\">self</a></p><p id=\"again\">x</p>");

        assertThat(d.paragraph(1).links()).extracting(Link::target)
                .containsExactly("#setting-it-up", "#setting-it-up", "#nowhere");
        assertThat(d.paragraph(6).links()).extracting(Link::target).containsExactly("#setting-it-up-1");
    }

    @Test
    void imagesShowAsTheirAltText() {
        Document d = body("<p>Logo: <img src=\"l.png\" alt=\"the logo\"> here</p>");

        assertThat(texts(d)).containsExactly("Logo: the logo here");
    }

    @Test
    void theTitleIsTheTitleElementAndAFirstHeadingRepeatingItIsNotShownTwice() {
        Document d = parse("<html><head><title>  The\n Guide </title></head><body><h1>The Guide</h1><p>x</p></body></html>");

        assertThat(d.title()).isEqualTo("The Guide");
        assertThat(texts(d)).containsExactly("x");
    }

    @Test
    void withoutATitleElementTheFirstHeadingIsTheTitle() {
        Document d = parse("<html><body><h2>Install</h2><p>Run it.</p><h2>Use</h2></body></html>");

        assertThat(d.title()).isEqualTo("Install");
        assertThat(texts(d)).containsExactly("Run it.", "Use");
        assertThat(d.titleInText()).isTrue();
    }

    @Test
    void withNeitherTheFileNameIsTheTitle() {
        Document d = parse("<p>Only text.</p>");

        assertThat(d.title()).isEqualTo("page.html");
        assertThat(d.titleInText()).isFalse();
    }

    @Test
    void scriptsStylesFormsAndNavigationChromeAreDropped() {
        Document d = body("<header><a href=\"/\">Site</a></header><nav><a href=\"a\">Prev</a></nav>"
                + "<div role=\"navigation\">Index</div><div class=\"navheader\">Next</div>"
                + "<style>p { color: red }</style><script>alert('x')</script><noscript>Enable JS</noscript>"
                + "<form><input value=\"q\"><button>Go</button></form>"
                + "<h2>Real<a class=\"headerlink\" href=\"#real\">\u00b6</a></h2>"
                + "<article><header><h1>Article</h1></header><p>Body</p><footer>By me</footer></article>"
                + "<footer>Copyright</footer><div class=\"footer\">Made with Sphinx</div>");

        assertThat(texts(d)).containsExactly("Real", "Article", "Body", "By me");
    }

    /** An XHTML chapter's title may hold elements (the XML parser keeps them): their text is the title's. */
    @Test
    void aTitleHoldingElementsIsAllItsText() {
        HtmlParser.Chapter chapter = HtmlParser.chapter("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<title>Part\n <i>One</i>: Two</title></head><body><p>x</p></body></html>", true);

        assertThat(chapter.title()).isEqualTo("Part One: Two");
    }

    /** A C1 control comes only raw: HTML reads &#155; as windows-1252 does (a quote mark). */
    @Test
    void entitiesAreDecodedAndWhatTheyMakeIsShownVisibly() {
        Document d = parse("<html><head><title>Bad&#27;]2;owned&#7;</title></head>"
                + "<body><p>caf&eacute; &amp; &lt;tag&gt; &#27;[31mred &#x202e;evil \u009b &#155;</p>"
                + "<a href=\"x&#27;y\">l</a></body></html>");

        assertThat(d.title()).isEqualTo("Bad^[]2;owned^G");
        assertThat(d.paragraph(1).text()).isEqualTo("caf\u00e9 & <tag> ^[[31mred <U+202E>evil <9B> \u203a");
        assertThat(d.paragraph(2).links()).containsExactly(new Link(0, 1, "x^[y"));
    }

    @Test
    void linksAfterTextTheSanitizerLengthensStillSpanTheirText() {
        Document d = body("<p>&#27;&#27; <a href=\"a\">one</a> &#27; <a href=\"b\">two</a></p>");

        Block p = d.paragraph(1);
        assertThat(p.text()).isEqualTo("^[^[ one ^[ two");
        assertThat(p.links()).extracting(link -> p.text().substring(link.start(), link.end()))
                .containsExactly("one", "two");
    }

    @Test
    void nestingAHundredThousandDeepIsReadAndItsLevelsCapped() {
        Document lists = body("<ul><li>x".repeat(100_000) + "bottom");
        Document quotes = body("<blockquote>".repeat(100_000) + "bottom");

        for (Document d : List.of(lists, quotes)) {
            assertThat(d.blocks()).allSatisfy(block -> assertThat(block.level()).isBetween(1, HtmlParser.MAX_LEVEL));
            assertThat(texts(d).get(texts(d).size() - 1)).endsWith("bottom");
        }
        assertThat(lists.paragraphCount()).isGreaterThan(100);
        assertThat(quotes.blocks()).extracting(Block::kind, Block::level)
                .containsExactly(tuple(BlockKind.QUOTE, HtmlParser.MAX_LEVEL));
    }

    @Test
    void htmlIsKnownByItsStart() {
        assertThat(HtmlParser.looksLikeHtml("<!DOCTYPE html>\n<html>")).isTrue();
        assertThat(HtmlParser.looksLikeHtml("  \n<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">")).isTrue();
        assertThat(HtmlParser.looksLikeHtml("\uFEFF<html lang=\"en\">")).isTrue();
        assertThat(HtmlParser.looksLikeHtml("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
                .isTrue();
        assertThat(HtmlParser.looksLikeHtml("<HTML>")).isTrue();
        assertThat(HtmlParser.looksLikeHtml("<htmlx>")).isFalse();
        assertThat(HtmlParser.looksLikeHtml("Some text about <html>")).isFalse();
        assertThat(HtmlParser.looksLikeHtml("<?xml version=\"1.0\"?><svg>")).isFalse();
        assertThat(HtmlParser.looksLikeHtml("")).isFalse();
        byte[] bom = "\uFEFF<!DOCTYPE html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(HtmlParser.looksLikeHtml(bom, bom.length)).isTrue();
    }
}
