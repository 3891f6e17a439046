package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.api.Pair;
import org.quicktheories.generators.Generate;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.Finder;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.find.WordBytes;
import pilcrow.testing.SourceGens;

/**
 * The prefilter's look at HTML ({@link Prefilter#lookAtHtml}) against the reader: a page it says
 * cannot match is parsed (jsoup, {@link HtmlParser}) and searched ({@link Finder}), and nothing is
 * found. Pages are made of words, the target word whole or split by inline and block tags,
 * entities, comments, scripts and styles holding it, images whose alt text holds it, hidden and
 * chrome elements, and the constructs the prefilter declines to read.
 */
class HtmlPrefilterTest {

    /** Pieces of a page: text, the word's parts, markup of every kind the look tells apart. */
    static final List<String> PIECES = List.of("zebrakit", "ZebraKit", "zebra", "zeb", "ra", "kit", "Kit", "k",
            "z", "a", "word ", " the ", " ", "\n", "\t", "\r\n",
            "<b>", "</b>", "<i class=x>", "</i>", "<span title='a>b'>", "</span>", "<a href=\"#x\">", "</a>", "<a>",
            "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h2 id=k>", "</h2>", "<br>", "<br/>", "</br>", "<hr>",
            "<ul>", "<li>", "</li>", "</ul>", "<pre>", "</pre>", "<main>", "</main>", "<article>", "</article>",
            "<nav>", "</nav>", "<header>", "</header>", "<footer>", "</footer>", "<div hidden>", "<div class=\"footer\">",
            "<div class='unrelated x'>", "<div role=navigation>", "<section role=' Banner '>", "<span hidden>",
            "<p hidden>", "<aside>", "</aside>", "<blockquote>", "</blockquote>", "<dl>", "<dd>", "<dt>",
            "&amp;", "&lt;", "&gt;", "&quot;", "&#122;", "&#x7A;", "&#X6b;", "&#107", "&#+107;", "&nbsp;", "&copy;",
            "&AMP;", "&amp", "&", "& ", "&#;", "&#x;", "&#0000122;",
            "<!-- zebrakit -->", "<!--", "-->", "--!>", "<!-->", "<!--->", "<!doctype html>", "<?x zebra>",
            "</ zeb>", "</>", "<", ">", "< b>", "<3",
            "<script>zebrakit</script>", "<script>", "</script>", "</script >", "<script><!--", "<style>kit</style>",
            "<style>", "</style>", "<title>", "</title>", "<title>zeb<b>ra</title>",
            "<img alt=\"zebrakit\">", "<img alt=kit>", "<img alt='ZEB'>", "<img hidden alt=\"kit\">",
            "<img alt=\"&amp;\">", "<area alt=ra>", "<image alt=kit>", "<img src=x alt=\"\" alt=kit>",
            "<table>", "<td>", "</table>", "<form>", "</form>", "<noscript>", "<textarea>", "<![CDATA[kit]]>",
            "<svg>", "<select>", "<template>", "<html>", "<body hidden>", "<head>", "</head>", "<meta charset=x>",
            "<foo/>", "</foo>", "<b =x>", "<b \"x\">", "<b x=\"y\"z>");

    private static final int EXAMPLES = 4000;

    /**
     * A page: a head or none, pieces, then the word split in two at any point with a few pieces
     * between its halves (where a tag may join them, or text hide it), then more pieces.
     */
    private static Gen<String> pages() {
        // Pieces the look declines to read (alone) come up a sixtieth as often: one makes the whole page declined.
        List<String> declining = PIECES.stream().filter(p -> HtmlText.shown(bytes(p), p.length()) == null).toList();
        List<String> read = PIECES.stream().filter(p -> !declining.contains(p)).toList();
        Gen<String> piece = Generate.frequency(List.of(Pair.of(60, Generate.pick(read)), Pair.of(1, Generate.pick(declining))));
        Gen<String> few = SourceGens.joined(piece, "", 0, 4, EXAMPLES);
        Gen<String> more = SourceGens.joined(piece, "", 0, 10, EXAMPLES);
        // Half the time what lies between is an element holding a few pieces.
        // Elements the reader may drop come up as often as all the others together.
        Gen<String> opens = Generate.oneOf(
                Generate.pick(PIECES.stream().filter(p -> p.matches("<[a-z][^>]*>")).toList()),
                SourceGens.pick("<nav>", "<header>", "<footer>", "<div hidden>", "<div class=\"footer\">",
                        "<div class='unrelated x'>", "<div role=navigation>", "<section role=' Banner '>", "<span hidden>",
                        "<p hidden>", "<img hidden alt=\"kit\">"));
        Gen<String> element = opens
                .zip(few, (open, inner) -> open + inner + "</" + open.substring(1).split("[ />]")[0] + ">");
        Gen<String> split = Generate.range(0, 8).zip(Generate.oneOf(few, element), (at, between) -> "zebrakit".substring(0, at) + between
                + "zebrakit".substring(at));
        Gen<String> head = SourceGens.pick("", "<!DOCTYPE html>", "<html><head><title>T</title></head><body>");
        return head.zip(more, split, more, (h, before, word, after) -> h + before + word + after);
    }

    private static Gen<SearchQuery> queries() {
        return Generate.enumValues(CaseMode.class).zip(
                SourceGens.pick("zebrakit", "zebrakit", "ZebraKit", "zebra kit", "kit", "rak", "a^Jk", "^J", "&", "<b>", "k|z", "bra", "Jkit"),
                (mode, pattern) -> new SearchQuery(pattern, false, mode));
    }

    /** Which way each page was answered: told from its text, or the page declined. */
    enum Told { SKIPPED, KEPT, DECLINED }

    @Test
    void aPageSaidNotToMatchHasNoMatchOnceParsed() {
        Map<Told, Integer> told = new EnumMap<>(Told.class);
        qt().withExamples(EXAMPLES).forAll(pages(), queries(), SourceGens.pick("a.html", "b.htm", "c.txt"))
                .checkAssert((page, query, name) -> SourceGens.checking(() ->
                        told.merge(lookedAtAsParsingSays(page, query, name), 1, Integer::sum)));
        // Each way is taken often enough for the property to say something.
        for (Told each : Told.values()) {
            assertThat(told.getOrDefault(each, 0)).as("pages %s", each).isGreaterThanOrEqualTo(200);
        }
    }

    private static Told lookedAtAsParsingSays(String page, SearchQuery query, String name)
            throws InvalidPatternException {
        byte[] bytes = page.getBytes(StandardCharsets.US_ASCII);
        FileSource source = new FileSource(Path.of("/lib", name), name);
        Prefilter prefilter = new Prefilter(query.literalToken(), !query.caseSensitive());
        Prefilter.Verdict verdict = prefilter.lookAtHtml(bytes, bytes.length, name);
        LoadResult full = DocumentReader.fromBytes(source, bytes);
        boolean html = source.isHtml() || HtmlParser.looksLikeHtml(page);
        if (verdict == Prefilter.Verdict.CANNOT_MATCH && html) {
            assertThat(matches(full, query.compile())).as("skipped, yet it matches").isFalse();
        }
        if (verdict != Prefilter.Verdict.CANNOT_MATCH) {
            assertThat(verdict.plainAscii()).as("a plain ASCII page").isTrue();
        }
        if (HtmlText.shown(bytes, bytes.length) == null) {
            return Told.DECLINED;
        }
        return verdict == Prefilter.Verdict.CANNOT_MATCH ? Told.SKIPPED : Told.KEPT;
    }

    /**
     * The text looked through where it lies ({@link HtmlText#holds}) holds the word exactly when
     * the text kept whole ({@link HtmlText#shown}) does; where the page is declined, it is
     * declined too unless the word came first.
     */
    @Test
    void theWordIsFoundInTheTextLookedThroughAsInTheTextKept() {
        qt().withExamples(EXAMPLES).forAll(pages(), SourceGens.pick("zebrakit", "ZebraKit", "kit", "rak", "bra", "Jkit",
                        "k", "z", "ze", "ak", "&", "<b>", "J", "a&k", " <b", " &"), Generate.booleans())
                .checkAssert((page, token, foldCase) -> SourceGens.checking(() -> {
                    byte[] bytes = bytes(page);
                    byte[] word = (foldCase ? token.toLowerCase(java.util.Locale.ROOT) : token)
                            .getBytes(StandardCharsets.US_ASCII);
                    WordBytes finder = new WordBytes(word, foldCase);
                    byte[] shown = HtmlText.shown(bytes, bytes.length);
                    Boolean holds = HtmlText.holds(bytes, bytes.length, finder);
                    if (shown == null) {
                        assertThat(holds).as("declined, or found first").isNotEqualTo(Boolean.FALSE);
                    } else {
                        String text = new String(shown, StandardCharsets.US_ASCII);
                        String folded = foldCase ? text.toLowerCase(java.util.Locale.ROOT) : text;
                        assertThat(holds).as("in %s", text).isEqualTo(folded.contains(new String(word, StandardCharsets.US_ASCII)));
                    }
                }));
    }

    @Test
    void aWordSplitByInlineTagsOrEntitiesIsKeptAndOneInAScriptOrCommentIsSkipped() {
        Prefilter prefilter = new Prefilter("zebrakit", true);
        assertThat(look(prefilter, "<p>ze<b>bra</b>&#107;it</p>")).isNotEqualTo(Prefilter.Verdict.CANNOT_MATCH);
        assertThat(look(prefilter, "<p>zebra<img alt='kit'></p>")).isNotEqualTo(Prefilter.Verdict.CANNOT_MATCH);
        assertThat(look(prefilter, "<p>zebra<nav>menu</nav>kit</p>")).isNotEqualTo(Prefilter.Verdict.CANNOT_MATCH);
        // In a pre the reader keeps a nested header's text joined to the text before it.
        assertThat(look(prefilter, "zebra<main><pre>zebraz<header>ebrakit")).isNotEqualTo(Prefilter.Verdict.CANNOT_MATCH);
        assertThat(look(prefilter, "<pre>zebra</pre><header>kit</header>")).isEqualTo(Prefilter.Verdict.CANNOT_MATCH);
        assertThat(look(prefilter, "<script>var zebrakit;</script><!-- zebrakit --><p>zebra kit</p>"))
                .isEqualTo(Prefilter.Verdict.CANNOT_MATCH);
        // A line break in a heading that becomes the title is shown there as ^J.
        assertThat(look(new Prefilter("Jkit", false), "<h1>zebra <br> kit</h1>")).isNotEqualTo(Prefilter.Verdict.CANNOT_MATCH);
        assertThat(look(prefilter, "<p title='zebrakit'>zebra &amp; kit</p>")).isEqualTo(Prefilter.Verdict.CANNOT_MATCH);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static Prefilter.Verdict look(Prefilter prefilter, String page) {
        byte[] bytes = page.getBytes(StandardCharsets.US_ASCII);
        return prefilter.lookAtHtml(bytes, bytes.length, "a.html");
    }

    private static boolean matches(LoadResult result, Pattern pattern) {
        return result instanceof LoadResult.Loaded loaded && !Finder.find(loaded.document(), pattern).isEmpty();
    }
}
