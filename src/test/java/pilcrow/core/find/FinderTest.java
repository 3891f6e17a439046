package pilcrow.core.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.doc.TextNormalizer;

class FinderTest {

    private static Document doc(String title, String... paragraphs) {
        List<Block> blocks = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(blocks.size() + 1, p));
        }
        return new Document("t.txt", title, blocks, Optional.empty(), 0, true);
    }

    private static List<Match> find(Document d, SearchQuery q) throws InvalidPatternException {
        return Finder.find(d, q.compile());
    }

    @Test
    void theSourceLineIsSearchedLastItsOffsetsInTheSourceAlone() throws Exception {
        Document d = PlainTextParser.parse("n.txt", "A title\n\nA body about media.\n\n-CHINA MEDIA GROUP\n", "n.txt", 0);
        assertThat(d.source()).contains("CHINA MEDIA GROUP");
        List<Match> matches = find(d, SearchQuery.literal("media"));
        assertThat(matches).containsExactly(new Match(1, 13, 18), new Match(Match.SOURCE, 6, 11));
        assertThat(matches.get(1).textIn(d).substring(6, 11)).isEqualTo("MEDIA");
    }

    @Test
    void smartCase() throws Exception {
        Document d = doc("Notes", "Apple apple APPLE");
        assertThat(find(d, SearchQuery.literal("apple"))).containsExactly(
                new Match(1, 0, 5), new Match(1, 6, 11), new Match(1, 12, 17));
        assertThat(find(d, SearchQuery.literal("Apple"))).containsExactly(new Match(1, 0, 5));
        assertThat(find(d, new SearchQuery("Apple", false, CaseMode.INSENSITIVE))).hasSize(3);
        assertThat(find(d, new SearchQuery("apple", false, CaseMode.SENSITIVE))).containsExactly(new Match(1, 6, 11));
        // A regex escape like \S is not a capital letter.
        assertThat(SearchQuery.hasCapital("\\Sapple\\W", true)).isFalse();
        assertThat(SearchQuery.hasCapital("\\Sapple", false)).isTrue();
        assertThat(find(d, new SearchQuery("\\bapple\\b", true, CaseMode.SMART))).hasSize(3);
    }

    @Test
    void unicodeCaseFoldingAndNormalization() throws Exception {
        Document precomposed = doc("t", "Une \u00e9cole et une \u00c9cole");
        // A document with e + U+0301, read the way DocumentReader reads it (normalized to NFC).
        String decomposedText = TextNormalizer.normalize("Titre\nUne e\u0301cole\nfin\n");
        Document decomposed = PlainTextParser.parse("d.txt", decomposedText, "d.txt", 0);
        SearchQuery upper = new SearchQuery("\u00c9COLE", false, CaseMode.INSENSITIVE);
        assertThat(find(precomposed, upper)).containsExactly(new Match(1, 4, 9), new Match(1, 17, 22));
        assertThat(find(decomposed, upper)).containsExactly(new Match(1, 4, 9));
        // The pattern decomposed too.
        assertThat(find(precomposed, SearchQuery.literal("e\u0301cole"))).hasSize(2);
        assertThat(find(decomposed, new SearchQuery("E\u0301COLE", false, CaseMode.INSENSITIVE))).hasSize(1);
        // Smart case: lower case finds both, a capital makes it exact.
        assertThat(find(precomposed, SearchQuery.literal("\u00e9cole"))).hasSize(2);
        assertThat(find(precomposed, SearchQuery.literal("\u00c9cole"))).containsExactly(new Match(1, 17, 22));
        assertThat(find(doc("t", "\u0391\u0398\u0397\u039d\u0391"), SearchQuery.literal("\u03b1\u03b8\u03b7\u03bd\u03b1")))
                .hasSize(1);
    }

    @Test
    void overlappingMatchesAreAllFound() throws Exception {
        assertThat(find(doc("t", "aaaa"), SearchQuery.literal("aa")))
                .containsExactly(new Match(1, 0, 2), new Match(1, 1, 3), new Match(1, 2, 4));
        assertThat(find(doc("t", "aaaa"), new SearchQuery("a*", true, CaseMode.SMART))).hasSize(4);
        assertThat(find(doc("t", "abc"), new SearchQuery("x*", true, CaseMode.SMART))).isEmpty();
    }

    @Test
    void titleMatchesComeFirst() throws Exception {
        List<Match> matches = find(doc("Cats and dogs", "dogs bark", "cats purr"), SearchQuery.literal("cats"));
        assertThat(matches).containsExactly(new Match(Match.TITLE, 0, 4), new Match(2, 0, 4));
        assertThat(matches.get(0).inTitle()).isTrue();
    }

    @Test
    void phraseAcrossAHardWrappedLine() throws Exception {
        Document d = PlainTextParser.parse("w.txt",
                "Title\n\nthe quick\nbrown fox jumps\nover the   lazy dog\n\nend", "w.txt", 0);
        assertThat(d.paragraph(1).text()).isEqualTo("the quick brown fox jumps over the   lazy dog");
        assertThat(find(d, SearchQuery.literal("quick brown"))).containsExactly(new Match(1, 4, 15));
        assertThat(find(d, SearchQuery.literal("jumps over"))).containsExactly(new Match(1, 20, 30));
        assertThat(find(d, SearchQuery.literal("the lazy"))).containsExactly(new Match(1, 31, 41));
        // Code keeps its line breaks; the phrase still matches across them.
        Document code = doc("t", "int x =\n    compute();");
        assertThat(find(code, SearchQuery.literal("x = compute"))).containsExactly(new Match(1, 4, 19));
        // Regex metacharacters are literal in literal mode.
        assertThat(find(doc("t", "a.b axb (c)"), SearchQuery.literal("a.b"))).containsExactly(new Match(1, 0, 3));
        assertThat(find(doc("t", "a.b axb (c)"), SearchQuery.literal("(c)"))).containsExactly(new Match(1, 8, 11));
    }

    @Test
    void regexMode() throws Exception {
        Document d = doc("t", "call 555-1234 or 555-9876 now");
        assertThat(find(d, new SearchQuery("\\d{3}-\\d{4}", true, CaseMode.SMART)))
                .containsExactly(new Match(1, 5, 13), new Match(1, 17, 25));
        assertThat(find(d, new SearchQuery("(?<=or )\\d+", true, CaseMode.SMART)))
                .containsExactly(new Match(1, 17, 20));
        assertThat(find(d, new SearchQuery("a.b", true, CaseMode.SMART))).isEmpty();
    }

    @Test
    void invalidPatternsGiveOneLineMessages() {
        assertThatThrownBy(() -> new SearchQuery("(", true, CaseMode.SMART).compile())
                .isInstanceOf(InvalidPatternException.class)
                .hasMessage("invalid regular expression: Unclosed group at position 2");
        assertThatThrownBy(() -> new SearchQuery("a{2,1}\n[", true, CaseMode.SMART).compile())
                .isInstanceOf(InvalidPatternException.class)
                .hasMessageStartingWith("invalid regular expression: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> SearchQuery.literal("").compile())
                .isInstanceOf(InvalidPatternException.class).hasMessage("empty pattern");
        // The same text is fine as a literal.
        org.assertj.core.api.Assertions.assertThatCode(() -> SearchQuery.literal("(").compile())
                .doesNotThrowAnyException();
    }

    @Test
    void surrogatePairsAreNotSplitByOverlapStepping() throws Exception {
        String text = "\uD83D\uDC4D\uD83D\uDC4D";
        assertThat(find(doc("", text), new SearchQuery(".", true, CaseMode.SMART)))
                .containsExactly(new Match(1, 0, 2), new Match(1, 2, 4));
    }

    @Test
    void snippets() {
        String text = "one two three four five";
        assertThat(Snippet.around(text, 8, 13, 100)).isEqualTo(new Snippet("one two ", "three", " four five"));
        // Cut at word boundaries, with an ellipsis where text was left out.
        assertThat(Snippet.around(text, 8, 13, 6)).isEqualTo(new Snippet("\u2026two ", "three", " four\u2026"));
        // The context reaches exactly the start of a word: that word is kept.
        assertThat(Snippet.around(text, 8, 13, 4)).isEqualTo(new Snippet("\u2026two ", "three", "\u2026"));
        assertThat(Snippet.around(text, 8, 13, 3)).isEqualTo(new Snippet("\u2026", "three", "\u2026"));
        assertThat(Snippet.around(text, 0, 3, 4)).isEqualTo(new Snippet("", "one", " two\u2026"));
        assertThat(Snippet.around(text, 19, 23, 5)).isEqualTo(new Snippet("\u2026four ", "five", ""));
        // No space to cut at: cut mid-word, never inside a surrogate pair.
        String emoji = "\uD83D\uDC4D".repeat(10) + "x" + "\uD83D\uDC4D".repeat(10);
        Snippet s = Snippet.around(emoji, 20, 21, 3);
        assertThat(s.match()).isEqualTo("x");
        assertThat(s.before()).isEqualTo("\u2026\uD83D\uDC4D\uD83D\uDC4D");
        assertThat(s.after()).isEqualTo("\uD83D\uDC4D\uD83D\uDC4D\u2026");
    }
}
