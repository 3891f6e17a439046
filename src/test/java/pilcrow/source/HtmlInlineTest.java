package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import pilcrow.testing.SourceGens;

/**
 * HTML's white space collapsed from a text's bytes eight at a time ({@code Inline.appendCollapsed})
 * gives what a char at a time gives, after any text before it, for texts of every kind of white
 * space, Latin-1 and wider characters, and pairs of surrogates.
 */
class HtmlInlineTest {

    private static final List<String> PIECES = List.of("a", "word", "longer words here", " ", "  ", "\n", "\t", "\r\n",
            "\f", " \n ", "\u00e9", "\u00a0", "\u4e2d", "\uD83D\uDE00", "x y", "12345678", "?");

    @Test
    void whiteSpaceCollapsesAsOneCharAtATimeDoes() {
        qt().withExamples(3000).forAll(SourceGens.joined(Generate.pick(PIECES), "", 0, 24, 3000),
                        SourceGens.pick("", " ", "a", "a ", "a\n", "\n"))
                .checkAssert((text, before) -> {
                    HtmlParser.Inline fast = new HtmlParser.Inline();
                    HtmlParser.Inline slow = new HtmlParser.Inline();
                    fast.appendCollapsedByChar(before);
                    slow.appendCollapsedByChar(before);
                    if (before.endsWith("\n")) {
                        fast.appendBreak();
                        slow.appendBreak();
                    }
                    fast.appendCollapsed(text);
                    slow.appendCollapsedByChar(text);
                    fast.appendCollapsedByChar("z"); // so that trailing white space shows
                    slow.appendCollapsedByChar("z");
                    assertThat(fast.take().text()).as("[%s] after [%s]", text, before).isEqualTo(slow.take().text());
                });
    }
}
