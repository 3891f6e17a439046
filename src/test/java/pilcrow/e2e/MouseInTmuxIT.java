package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mouse in a real terminal (tmux): {@code --mouse} has the pane ask for SGR reports; a click
 * selects a row, a double click opens it, the wheel scrolls, a click on a link follows it; quitting
 * leaves the pane with no mouse mode and the tty as it was. The reports are the bytes a terminal
 * sends (xterm's mode 1006), written into the pane.
 */
@Needs({"tmux", "java"})
class MouseInTmuxIT {

    @TempDir
    Path temp;

    private static String press(int column, int row) {
        return "\u001b[<0;" + column + ";" + row + "M\u001b[<0;" + column + ";" + row + "m";
    }

    private static String wheel(boolean down, int column, int row) {
        return "\u001b[<" + (down ? 65 : 64) + ";" + column + ";" + row + "M";
    }

    /** A library of three: Alpha (a link to Beta, then enough paragraphs to scroll), Beta, Gamma. */
    private Path library() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("lib"));
        StringBuilder alpha = new StringBuilder("# Alpha\n\nSee [Beta](b.md) for more.\n\n");
        for (int i = 1; i <= 40; i++) {
            alpha.append("Filler paragraph ").append(i).append(" of alpha.\n\n");
        }
        Files.writeString(folder.resolve("a.md"), alpha, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.md"), "# Beta\n\nThe beta text.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c.md"), "# Gamma\n\nThe gamma text.\n", StandardCharsets.UTF_8);
        return folder;
    }

    /** Notes the tty's settings, runs the reader with {@code arguments}, notes its status and the settings again. */
    private String wrapped(String arguments) throws Exception {
        Path script = temp.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "stty -g > '" + temp.resolve("stty.before") + "'",
                "PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -jar '" + ReaderInTmuxIT.JAR + "' " + arguments,
                "echo $? > '" + temp.resolve("status.tmp") + "'",
                "stty -g > '" + temp.resolve("stty.after") + "'",
                "mv '" + temp.resolve("status.tmp") + "' '" + temp.resolve("status") + "'",
                "sleep 30", // the pane stays, so its mouse mode can be read after the reader
                ""), StandardCharsets.UTF_8);
        return "exec sh '" + script + "'";
    }

    @Test
    void clickDoubleClickWheelAndLinkThenTheTerminalIsPutBack() throws Exception {
        try (Tmux tmux = Tmux.start(wrapped("--mouse '" + library() + "'"), 80, 20)) {
            tmux.waitFor("Gamma");
            assertThat(tmux.format("#{mouse_any_flag} #{mouse_sgr_flag}")).as("reports asked for").isEqualTo("1 1");

            // Rows: the title bar (1), the column names (2), Alpha (3), Beta (4), Gamma (5), 1-based.
            tmux.bytes(press(4, 5));
            tmux.waitFor("Gamma selected", screen -> screen.lines().anyMatch(line -> line.startsWith("▸ Gamma")));

            tmux.bytes(press(4, 3) + press(4, 3));
            String reader = tmux.waitFor("¶1/41");
            assertThat(reader).contains("See Beta for more.");

            tmux.bytes(wheel(true, 10, 10));
            String scrolled = tmux.waitFor("three lines down", screen -> !screen.contains("See Beta")
                    && screen.contains("Filler paragraph 1 of alpha."));
            assertThat(scrolled.lines().findFirst().orElse("")).as("the title scrolled off").doesNotContain("Alpha");
            tmux.bytes(wheel(false, 10, 10));
            String back = tmux.waitFor("See Beta");

            int row = 1 + (int) back.lines().takeWhile(line -> !line.contains("See Beta")).count();
            int column = 1 + back.lines().filter(line -> line.contains("See Beta")).findFirst().orElseThrow().indexOf("Beta");
            tmux.bytes(press(column + 1, row));
            tmux.waitFor("The beta text.");

            tmux.keys("Q");
            Tmux.waitForFile(temp.resolve("status"));
            assertThat(Files.readString(temp.resolve("status")).strip()).isEqualTo("0");
            assertThat(Files.readString(temp.resolve("stty.after"))).isEqualTo(Files.readString(temp.resolve("stty.before")));
            assertThat(tmux.format("#{mouse_any_flag} #{mouse_sgr_flag}")).as("reports turned off").isEqualTo("0 0");
        }
    }

    /** Ctrl-Z hands the shell a terminal without mouse reports; fg asks for them again. */
    @Test
    void ctrlZTurnsTheMouseOffForTheShellAndFgOnAgain() throws Exception {
        try (Tmux tmux = Tmux.start("env PS1='shell$ ' bash --norc --noprofile -i", 80, 20)) {
            tmux.waitFor("shell$");
            tmux.type("PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -jar '" + ReaderInTmuxIT.JAR + "' --mouse '"
                    + library() + "'");
            tmux.keys("Enter");
            tmux.waitFor("Gamma");
            assertThat(tmux.format("#{mouse_any_flag} #{mouse_sgr_flag}")).isEqualTo("1 1");
            tmux.keys("C-z");
            tmux.waitFor("Stopped");
            assertThat(tmux.formatSettled("#{mouse_any_flag} #{mouse_sgr_flag}", "0 0")).as("while stopped").isEqualTo("0 0");
            tmux.type("fg");
            tmux.keys("Enter");
            tmux.waitFor("Gamma");
            assertThat(tmux.formatSettled("#{mouse_any_flag} #{mouse_sgr_flag}", "1 1")).as("after fg").isEqualTo("1 1");
            tmux.bytes(press(4, 5));
            tmux.waitFor("Gamma selected", screen -> screen.lines().anyMatch(line -> line.startsWith("▸ Gamma")));
            tmux.keys("Q");
            tmux.waitFor("the shell's prompt", screen -> screen.strip().endsWith("shell$"));
            assertThat(tmux.formatSettled("#{mouse_any_flag} #{mouse_sgr_flag}", "0 0")).as("after quitting").isEqualTo("0 0");
        }
    }

    @Test
    void withoutMouseTheReaderAsksForNoReports() throws Exception {
        try (Tmux tmux = Tmux.start(wrapped("'" + library() + "'"), 80, 20)) {
            tmux.waitFor("Gamma");
            assertThat(tmux.format("#{mouse_any_flag} #{mouse_sgr_flag}")).isEqualTo("0 0");
            tmux.keys("Q");
            Tmux.waitForFile(temp.resolve("status"));
        }
    }
}
