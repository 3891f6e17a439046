package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListColumnsTest {

    /** A count never loses digits silently: it is shortened to thousands or millions to fit. */
    @Test
    void countsThatDoNotFitAreShortenedNotCut() {
        assertThat(ListColumns.compact("", 20314, 5)).isEqualTo("20314");
        assertThat(ListColumns.compact("", 203144, 5)).isEqualTo("203k");
        assertThat(ListColumns.compact("", 2031441, 5)).isEqualTo("2031k");
        assertThat(ListColumns.compact("~", 2031441, 5)).isEqualTo("~2.0M");
        assertThat(ListColumns.compact("~", 20314410, 5)).isEqualTo("~20M");
        assertThat(ListColumns.compact("", 1_234_567, 6)).isEqualTo("1235k");
        assertThat(ListColumns.compact("", 7, 5)).isEqualTo("7");
    }
}
