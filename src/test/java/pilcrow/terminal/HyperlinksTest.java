package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The allow-list of terminals that are written OSC 8 hyperlinks. */
class HyperlinksTest {

    @Test
    void onlyTerminalsKnownToTakeThemAreWrittenHyperlinks() {
        assertThat(Hyperlinks.supported("xterm-kitty")).isTrue();
        assertThat(Hyperlinks.supported("foot-extra")).isTrue();
        assertThat(Hyperlinks.supported("wezterm")).isTrue();
        assertThat(Hyperlinks.supported("vt100")).isFalse();
        assertThat(Hyperlinks.supported("dumb")).isFalse();
        assertThat(Hyperlinks.supported("xterm-256color")).isFalse();
        assertThat(Hyperlinks.supported("tmux-256color")).isFalse();
        assertThat(Hyperlinks.supported("footloose")).isFalse();
        assertThat(Hyperlinks.supported(null)).isFalse();
    }

    /** The hyperlinks setting: on forces them (the clarification for #13), off turns them off. */
    @org.junit.jupiter.api.Test
    void theSettingForcesOrTurnsThemOff() {
        assertThat(Hyperlinks.wanted("auto", "xterm-kitty")).isTrue();
        assertThat(Hyperlinks.wanted("auto", "xterm-256color")).isFalse();
        assertThat(Hyperlinks.wanted("on", "xterm-256color")).isTrue();
        assertThat(Hyperlinks.wanted("off", "xterm-kitty")).isFalse();
    }
}
