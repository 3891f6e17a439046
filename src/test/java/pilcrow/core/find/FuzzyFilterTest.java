package pilcrow.core.find;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 22: the list filter ranks as fzf does (runs, word starts), not only lets rows through. */
class FuzzyFilterTest {

    @Test
    void aRunAtAWordStartScoresAboveLettersScatteredAcrossWords() {
        int scattered = FuzzyFilter.score("safety", "title: What Settings Are Currently Available For Each Type");
        int run = FuzzyFilter.score("safety", "Terminal safety probe");

        assertThat(scattered).as("it matches, letters in order").isGreaterThan(0);
        assertThat(run).isGreaterThan(scattered);
    }

    @Test
    void wordStartsScoreAboveTheMiddleOfWords() {
        assertThat(FuzzyFilter.score("cj", "cjk notes")).isGreaterThan(FuzzyFilter.score("cj", "a picjure"));
        assertThat(FuzzyFilter.score("uc", "user-config")).isGreaterThan(FuzzyFilter.score("uc", "much ado"));
    }

    @Test
    void theBestAlignmentIsFoundNotTheLeftmost() {
        // Leftmost letters would take the 'c' of "cat" and the 'j' of "jar": the run "cj" later is better.
        int[] positions = FuzzyFilter.match("cjk", "cat jar cjk");

        assertThat(positions).containsExactly(8, 9, 10);
    }

    @Test
    void whatDoesNotMatchScoresNothing() {
        assertThat(FuzzyFilter.score("xyz", "Terminal safety probe")).isLessThan(0);
        assertThat(FuzzyFilter.match("xyz", "Terminal safety probe")).isNull();
        assertThat(FuzzyFilter.score("", "anything")).isZero();
    }

    @Test
    void caseIsIgnoredAndSpacesInTheQuerySeparateWords() {
        assertThat(FuzzyFilter.match("TERM probe", "Terminal safety probe")).containsExactly(0, 1, 2, 3, 16, 17, 18, 19, 20);
    }
}
