package pilcrow.core.find;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.testing.CoreGens;

/**
 * A paragraph the check rules out never holds a match of the query's expression: texts made of
 * the word spelt every way case folding can make it (Kelvin sign, long s, dotted and dotless i,
 * accents), against literal queries in every case mode; and where the check finds a word's
 * matches itself, they are the expression's.
 */
class LiteralCheckTest {

    static final List<String> PIECES = List.of("kit", "KIT", "Kit", "k\u0131t", "K\u0130T", "\u212Ait", "kis",
            "ki\u017F", "KIS", "ss", "\u017Fs", "sit", "k", "it", "t", " ", " ", "\n", "caf\u00e9", "\u00e9", "e\u0301",
            "a;b", "x", "kitkit", "ki", "K", "?", "k?", "\u4e2d", "\u00ff", "\u0100", "\uD83D\uDE00");
    static final List<String> PATTERNS = List.of("kit", "Kit", "KIT", "kis", "ss", "s", "k", "kit kit", "it  k",
            "a;b", "ki t", "t", "k?", "?");

    private static final int TRIES = 2000;

    /** Up to ten pieces run together. */
    static Gen<String> texts() {
        return CoreGens.joined(Generate.pick(PIECES), 0, 10, "");
    }

    /** A literal pattern in any case mode. */
    static Gen<SearchQuery> queries() {
        return Generate.pick(PATTERNS).zip(Generate.enumValues(CaseMode.class),
                (pattern, mode) -> new SearchQuery(pattern, false, mode));
    }

    @Test
    void saysNoOnlyWhereTheExpressionFindsNothing() {
        qt().withExamples(TRIES).forAll(texts(), queries()).checkAssert((text, query) -> {
            LiteralCheck check = LiteralCheck.of(query);
            if (!check.mayHold(text)) {
                List<Match> matches = new ArrayList<>();
                Finder.findIn(text, 1, compiled(query), matches);
                assertThat(matches).as(text).isEmpty();
            }
        });
    }

    @Test
    void findsWhatTheExpressionFindsWhereItSearchesItself() {
        qt().withExamples(TRIES).forAll(texts(), queries()).checkAssert((text, query) -> {
            LiteralCheck check = LiteralCheck.of(query);
            List<Match> expected = new ArrayList<>();
            Finder.findIn(text, 3, compiled(query), expected);
            List<Match> found = new ArrayList<>(List.of(new Match(1, 0, 1)));
            if (check.findIn(text, 3, found)) {
                assertThat(found.subList(1, found.size())).as(text).isEqualTo(expected);
            } else {
                assertThat(found).as("nothing added when the expression must search").containsExactly(new Match(1, 0, 1));
            }
        });
    }

    /** The patterns above are all valid literals; the lambdas of checkAssert cannot throw. */
    private static Pattern compiled(SearchQuery query) {
        try {
            return query.compile();
        } catch (InvalidPatternException e) {
            throw new AssertionError(query + " does not compile", e);
        }
    }

    @Test
    void findsAWordItselfWhereNoCharacterFoldsIntoAsciiOrWhereCaseCounts() {
        List<Match> found = new ArrayList<>();
        LiteralCheck folded = LiteralCheck.of(new SearchQuery("kit", false, CaseMode.INSENSITIVE));
        assertThat(folded.findIn("KiTkit kIt", 2, found)).isTrue();
        assertThat(found).containsExactly(new Match(2, 0, 3), new Match(2, 3, 6), new Match(2, 7, 10));
        found.clear();
        assertThat(folded.findIn("kit \u212Ait", 2, found)).isFalse(); // the Kelvin sign: the expression decides
        assertThat(found).isEmpty();
        assertThat(folded.findIn("caf\u00e9 kit", 2, found)).as("Latin-1 past ASCII folds into no ASCII letter").isTrue();
        assertThat(found).containsExactly(new Match(2, 5, 8));
        found.clear();
        assertThat(folded.findIn("\uD83E\uDD93 kit", 2, found)).as("an emoji: two chars, one '?' byte").isFalse();
        assertThat(found).isEmpty();
        LiteralCheck question = LiteralCheck.of(new SearchQuery("k?", false, CaseMode.INSENSITIVE));
        assertThat(question.findIn("k\u4e2d K?", 2, found)).as("past Latin-1 is '?' in the bytes: the expression decides")
                .isFalse();
        assertThat(found).isEmpty();
        LiteralCheck overlapping = LiteralCheck.of(new SearchQuery("aa", false, CaseMode.SENSITIVE));
        assertThat(overlapping.findIn("aaaa caf\u00e9", 1, found)).isTrue();
        assertThat(found).containsExactly(new Match(1, 0, 2), new Match(1, 1, 3), new Match(1, 2, 4));
        assertThat(LiteralCheck.of(new SearchQuery("kit kat", false, CaseMode.SMART)).findIn("kit kat", 1, found))
                .as("a phrase: white space in the text may differ").isFalse();
    }

    @Test
    void saysNoWhereTheWordIsMissing() {
        LiteralCheck folded = LiteralCheck.of(new SearchQuery("kit", false, CaseMode.INSENSITIVE));
        assertThat(folded.mayHold("a KiT b")).isTrue();
        assertThat(folded.mayHold("a ki t b")).isFalse();
        assertThat(folded.mayHold("a \u212Ait b")).isTrue(); // the Kelvin sign folds to k
        assertThat(folded.mayHold("caf\u00e9")).isTrue();   // anything past ASCII: the expression decides
        LiteralCheck exact = LiteralCheck.of(new SearchQuery("Kit", false, CaseMode.SMART));
        assertThat(exact.mayHold("a Kit")).isTrue();
        assertThat(exact.mayHold("a kit KIT caf\u00e9")).isFalse();
        assertThat(LiteralCheck.of(new SearchQuery("k.t", true, CaseMode.SMART))).isNull();
        assertThat(LiteralCheck.of(new SearchQuery("caf\u00e9", false, CaseMode.SMART))).isNull();
    }
}
