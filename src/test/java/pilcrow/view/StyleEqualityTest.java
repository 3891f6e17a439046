package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.view.Style.Color;

/** Style's equality, written out by hand (see its equals): the same as a record's would be. */
class StyleEqualityTest {

    private static final Style BASE = new Style(Color.CYAN, true, false, false, false, "https://x", Color.DEFAULT, false);

    @Test
    void equalWhenEveryComponentIsEqual() {
        Style same = new Style(Color.CYAN, true, false, false, false, new String("https://x"), Color.DEFAULT, false);
        assertThat(BASE).isEqualTo(same).hasSameHashCodeAs(same);
        Style plain = new Style(Color.DEFAULT, false, false, false, false);
        assertThat(plain).isEqualTo(new Style(Color.DEFAULT, false, false, false, false, null)).hasSameHashCodeAs(
                new Style(Color.DEFAULT, false, false, false, false, null));
    }

    @Test
    void differentWhenAnyComponentDiffers() {
        assertThat(BASE).isNotEqualTo(new Style(Color.DEFAULT, true, false, false, false, "https://x", Color.DEFAULT, false));
        assertThat(BASE).isNotEqualTo(new Style(Color.CYAN, false, false, false, false, "https://x", Color.DEFAULT, false));
        assertThat(BASE).isNotEqualTo(new Style(Color.CYAN, true, true, false, false, "https://x", Color.DEFAULT, false));
        assertThat(BASE).isNotEqualTo(new Style(Color.CYAN, true, false, true, false, "https://x", Color.DEFAULT, false));
        assertThat(BASE).isNotEqualTo(new Style(Color.CYAN, true, false, false, true, "https://x", Color.DEFAULT, false));
        assertThat(BASE).isNotEqualTo(new Style(Color.CYAN, true, false, false, false, "https://y", Color.DEFAULT, false));
        assertThat(BASE).isNotEqualTo(new Style(Color.CYAN, true, false, false, false, null, Color.DEFAULT, false));
        assertThat(BASE).isNotEqualTo(new Style(Color.CYAN, true, false, false, false, "https://x", Color.RED, false));
        assertThat(BASE).isNotEqualTo(new Style(Color.CYAN, true, false, false, false, "https://x", Color.DEFAULT, true));
        assertThat(BASE).isNotEqualTo(null);
    }
}
