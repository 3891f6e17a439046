package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every colour of a theme is readable on the background it is made for: WCAG 2's contrast ratio
 * of at least 4.5:1 with xterm's default palette (a reverse-video style swaps the two, which
 * leaves the ratio the same).
 */
class ThemeContrastTest {

    /** xterm's default palette (its charproc/XTerm-col.ad values), as RGB. */
    private static final Map<Style.Color, int[]> XTERM = Map.of(
            Style.Color.RED, new int[] {205, 0, 0},
            Style.Color.GREEN, new int[] {0, 205, 0},
            Style.Color.YELLOW, new int[] {205, 205, 0},
            Style.Color.BLUE, new int[] {0, 0, 238},
            Style.Color.MAGENTA, new int[] {205, 0, 205},
            Style.Color.CYAN, new int[] {0, 205, 205},
            Style.Color.BRIGHT_MAGENTA, new int[] {255, 0, 255});
    private static final int[] BLACK = {0, 0, 0};
    private static final int[] WHITE = {255, 255, 255};

    @Test
    void everyRoleOfTheDarkThemeReadsOnBlack() {
        assertReadable(Theme.DARK, BLACK);
    }

    @Test
    void everyRoleOfTheLightThemeReadsOnWhite() {
        assertReadable(Theme.LIGHT, WHITE);
    }

    @Test
    void monochromeHasNoColourAtAll() {
        for (Theme.Role role : Theme.Role.values()) {
            assertThat(Theme.MONOCHROME.color(role)).isEqualTo(Style.Color.DEFAULT);
            assertThat(Theme.MONOCHROME.paint(Style.BOLD, role)).isEqualTo(Style.BOLD);
        }
    }

    @Test
    void theRatioMatchesWcagsOwnExamples() {
        assertThat(contrast(BLACK, WHITE)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        // xterm's magenta on black is just short of 4.5:1, why the dark theme takes the bright one.
        assertThat(contrast(XTERM.get(Style.Color.MAGENTA), BLACK)).isLessThan(4.5);
    }

    private static void assertReadable(Theme theme, int[] background) {
        for (Theme.Role role : Theme.Role.values()) {
            Style.Color color = theme.color(role);
            assertThat(XTERM).as("%s %s has an xterm colour", theme, role).containsKey(color);
            assertThat(contrast(XTERM.get(color), background)).as("%s %s (%s)", theme, role, color)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    /** WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05), the lighter's luminance over the darker's. */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
