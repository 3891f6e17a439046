package pilcrow.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.library.DocumentChooser.Ambiguous;
import pilcrow.library.DocumentChooser.Chosen;
import pilcrow.library.DocumentChooser.NoMatch;
import pilcrow.library.DocumentChooser.NoSuchNumber;

class DocumentChooserTest {

    private static final List<String> TITLES = List.of("Moby Dick", "Dick Whittington", "The Raven", "Raven");

    @Test
    void aNumberCountsEveryDocument() {
        assertThat(DocumentChooser.choose("3", TITLES, i -> false)).isEqualTo(new Chosen(2));
        assertThat(DocumentChooser.choose("0", TITLES, i -> true)).isEqualTo(new NoSuchNumber(0, 4));
        assertThat(DocumentChooser.choose("5", TITLES, i -> true)).isEqualTo(new NoSuchNumber(5, 4));
    }

    @Test
    void theOneTitleHoldingItIgnoringCase() {
        assertThat(DocumentChooser.choose("moby", TITLES, i -> true)).isEqualTo(new Chosen(0));
        assertThat(DocumentChooser.choose("dick", TITLES, i -> true)).isEqualTo(new Ambiguous(2));
        assertThat(DocumentChooser.choose("zebra", TITLES, i -> true)).isEqualTo(new NoMatch());
    }

    @Test
    void anExactTitleWinsAmongSeveral() {
        assertThat(DocumentChooser.choose("RAVEN", TITLES, i -> true)).isEqualTo(new Chosen(3));
    }

    @Test
    void anExactTitleCountsWhereLowerCasingTheWholeDoesNotContainIt() {
        // "\u0130".toLowerCase(ROOT) is two chars, so "i" does not contain it; equalsIgnoreCase
        // compares char by char and says equal. The shell chose it; the command line, which looked
        // for exact titles only among those containing it, said no match (one rule now: chosen).
        assertThat(DocumentChooser.choose("\u0130", List.of("i"), i -> true)).isEqualTo(new Chosen(0));
    }

    @Test
    void onlyEligibleTitlesAreLookedAt() {
        assertThat(DocumentChooser.choose("dick", TITLES, i -> i != 0)).isEqualTo(new Chosen(1));
        assertThat(DocumentChooser.choose("moby", TITLES, i -> i != 0)).isEqualTo(new NoMatch());
    }

    @Test
    void aNameEndingAsADocumentLooksLikeAPath() {
        assertThat(DocumentChooser.looksLikePath("notes.txt")).isTrue();
        assertThat(DocumentChooser.looksLikePath("Notes.MD")).isTrue();
        assertThat(DocumentChooser.looksLikePath("a.text")).isTrue();
        assertThat(DocumentChooser.looksLikePath("a.markdown.gz")).isTrue();
        assertThat(DocumentChooser.looksLikePath("sub/raven")).isTrue();
        assertThat(DocumentChooser.looksLikePath("raven")).isFalse();
        assertThat(DocumentChooser.looksLikePath("a.tar")).isFalse();
    }

    @Test
    void anyGzipLooksLikeAPathAsTheOldPatternSaid() {
        // FileNames.saysText alone says no to x.gz (no text ending inside); the command line's own
        // pattern said yes, and keeps saying so.
        assertThat(DocumentChooser.looksLikePath("x.gz")).isTrue();
        assertThat(DocumentChooser.looksLikePath("LOG.GZ")).isTrue();
    }
}
