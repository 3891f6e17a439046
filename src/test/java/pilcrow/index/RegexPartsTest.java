package pilcrow.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The literal runs a regular expression's every match holds, as the index is asked for them: only
 * what no match can leave out, else nothing (the query is scanned).
 */
class RegexPartsTest {

    @Test
    void requiredRunsOfThreeOrMoreAreAsked() {
        assertThat(Terms.regexParts("zebra.*kit")).containsExactly("zebra", "kit");
        assertThat(Terms.regexParts("Zebra\\s+KIT")).containsExactly("zebra", "kit");
        assertThat(Terms.regexParts("the zebra")).containsExactly("the", "zebra");
        assertThat(Terms.regexParts("^zebras?$")).containsExactly("zebra");
        assertThat(Terms.regexParts("zebrak+it")).containsExactly("zebrak");
        assertThat(Terms.regexParts("abc(d|e)fgh")).containsExactly("abc", "fgh");
        assertThat(Terms.regexParts("[xyz]abc[^]q]def")).containsExactly("abc", "def");
        assertThat(Terms.regexParts("abcd{0,2}efg")).containsExactly("abc", "efg");
        assertThat(Terms.regexParts("zebra\\x4bit")).containsExactly("zebra");
    }

    @Test
    void whatAMatchMayLeaveOutIsNotAsked() {
        assertThat(Terms.regexParts("zebra|kit")).isNull();
        assertThat(Terms.regexParts("(zebra)")).isNull();
        assertThat(Terms.regexParts("(?i)zebra")).isNull();
        assertThat(Terms.regexParts("(?x)z e b r a")).isNull();
        assertThat(Terms.regexParts("ab.cd")).isNull();
        assertThat(Terms.regexParts("\\Qzebra\\E")).isNull();
        assertThat(Terms.regexParts("\\p{Lu}bc")).isNull();
        assertThat(Terms.regexParts("[zebra]+")).isNull();
        assertThat(Terms.regexParts("zeb?")).isNull();
    }
}
