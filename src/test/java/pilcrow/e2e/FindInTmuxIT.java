package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Find in the packaged reader in a real terminal (tmux): {@code /} and a word, Enter, the match
 * drawn in reverse video and counted on the status line; {@code n} wrapping; Esc while typing
 * putting the screen back. Runs after {@code package} (failsafe), on the jar.
 */
@Needs({"tmux", "java"})
class FindInTmuxIT {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/pilcrow.jar");
    /** The seed in the list (its title is cut to the column there). */
    static final String SEED_TITLE = "US passes itself off";

    @TempDir
    Path temp;

    /**
     * A shell script that notes the tty settings, runs the reader on the seeds, notes its exit status
     * and the settings again (as in {@link ReaderInTmuxIT}).
     */
    private String wrapped() throws IOException {
        Path script = temp.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "trap 'true' HUP TERM",
                "stty -g > '" + temp.resolve("stty.before") + "'",
                "PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -Dpilcrow.seeds='" + ROOT.resolve("seeds") + "' -jar '" + JAR + "'",
                "echo $? > '" + temp.resolve("status.tmp") + "'",
                "stty -g > '" + temp.resolve("stty.after") + "'",
                "mv '" + temp.resolve("status.tmp") + "' '" + temp.resolve("status") + "'",
                ""), StandardCharsets.UTF_8);
        return "exec sh '" + script + "'";
    }

    private void quitAndCheckExit(Tmux tmux) throws IOException, InterruptedException {
        tmux.keys("q");
        tmux.waitFor("Enter open");
        tmux.keys("q");
        Tmux.waitForFile(temp.resolve("status"));
        assertThat(Files.readString(temp.resolve("status")).strip()).as("exit status").isEqualTo("0");
        assertThat(Files.readString(temp.resolve("stty.after")))
                .as("stty -g after the reader")
                .isEqualTo(Files.readString(temp.resolve("stty.before")));
    }


    @Test
    void findsAWordAndDrawsItInReverseVideo() throws Exception {
        try (Tmux tmux = Tmux.start(wrapped(), 100, 30)) {
            tmux.waitFor(SEED_TITLE);
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.type("/interpol");
            tmux.waitFor("/interpol");
            tmux.keys("Enter");
            String screen = tmux.waitFor("the prompt closed on a match",
                    s -> !s.contains("/interpol") && Tmux.statusLine(s).contains("match 1/1"));

            assertThat(screen).contains("¶7").contains("Interpol");
            assertThat(Tmux.statusLine(screen)).contains("match 1/1").contains("¶7/7");

            String line = tmux.screenWithAttributes().lines()
                    .filter(l -> Sgr.strip(l).contains("framework of Interpol"))
                    .findFirst().orElseThrow(() -> new AssertionError("no line with Interpol on the screen"));
            int at = line.indexOf("Interpol");
            assertThat(at).as("'Interpol' unbroken by escapes in: %s", Sgr.visible(line)).isPositive();
            assertThat(Sgr.paramsOfEscapesJustBefore(line, at))
                    .as("the SGR parameters just before 'Interpol' in: %s", Sgr.visible(line))
                    .contains(7);
            List<Boolean> reverse = Sgr.reversePerCharacter(line);
            String text = Sgr.strip(line);
            int start = text.indexOf("framework of Interpol") + "framework of ".length();
            int end = start + "Interpol".length();
            assertThat(reverse.subList(start, end)).as("reverse video on 'Interpol' in: %s", Sgr.visible(line))
                    .containsOnly(true);
            assertThat(reverse.get(start - 1)).as("reverse video before 'Interpol' in: %s", Sgr.visible(line))
                    .isFalse();
            assertThat(text.substring(end)).startsWith(", share");
            assertThat(reverse.subList(end, text.length())).as("reverse video after 'Interpol' in: %s", Sgr.visible(line))
                    .containsOnly(false);

            quitAndCheckExit(tmux);
        }
    }

    @Test
    void escapeWhileTypingPutsTheScreenBackAndNWrapsToTheTop() throws Exception {
        try (Tmux tmux = Tmux.start(wrapped(), 100, 30)) {
            tmux.waitFor(SEED_TITLE);
            tmux.keys("Enter");
            String before = tmux.waitFor("¶1/7");

            tmux.type("/zzzz");
            tmux.waitFor("/zzzz");
            tmux.keys("Escape");
            tmux.waitFor("the prompt gone", s -> !s.contains("/zzzz"));
            tmux.waitFor("the screen as before the prompt:\n" + before, s -> s.equals(before));

            tmux.type("/interpol");
            tmux.waitFor("/interpol");
            tmux.keys("Enter");
            tmux.waitFor("the prompt closed on a match",
                    s -> !s.contains("/interpol") && Tmux.statusLine(s).contains("match 1/1"));
            tmux.keys("n");
            String screen = tmux.waitFor("Wrapped to top");
            assertThat(Tmux.statusLine(screen)).contains("Wrapped to top").contains("match 1/1").contains("¶7/7");
            assertThat(screen).contains("framework of Interpol");

            quitAndCheckExit(tmux);
        }
    }

    /**
     * Keys that arrive together, as over SSH: Esc and the next key in one send-keys are two keys.
     * Lanterna decodes such a pair as one Alt key, which the reader used to drop whole.
     */
    @Test
    void anEscapeAndAKeyArrivingTogetherAreBothTaken() throws Exception {
        try (Tmux tmux = Tmux.start(wrapped(), 100, 30)) {
            tmux.waitFor(SEED_TITLE);
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.type("/abc");
            tmux.waitFor("/abc");

            tmux.keys("Escape", "/", "x");
            String screen = tmux.waitFor("a new prompt holding x", s -> Tmux.statusLine(s).contains("/x"));
            assertThat(screen).doesNotContain("/abc");

            tmux.keys("Escape", "Q");
            Tmux.waitForFile(temp.resolve("status"));
            assertThat(Files.readString(temp.resolve("status")).strip()).as("exit status").isEqualTo("0");
            assertThat(Files.readString(temp.resolve("stty.after")))
                    .as("stty -g after the reader")
                    .isEqualTo(Files.readString(temp.resolve("stty.before")));
        }
    }

    /** Just enough of SGR (ESC [ ... m) to say which characters of a captured line are in reverse video. */
    static final class Sgr {
        private static final Pattern ESCAPE = Pattern.compile("\u001b\\[([0-9;:]*)m");
        private static final Pattern OTHER_ESCAPE = Pattern.compile("\u001b\\[[0-9;:?]*[A-Za-ln-z]");

        static String strip(String line) {
            return OTHER_ESCAPE.matcher(ESCAPE.matcher(line).replaceAll("")).replaceAll("");
        }

        static String visible(String line) {
            return line.replace("\u001b", "\\e");
        }

        /** The parameters of the SGR sequences that come directly before {@code index}, with no text between. */
        static List<Integer> paramsOfEscapesJustBefore(String line, int index) {
            List<Integer> params = new ArrayList<>();
            Matcher m = ESCAPE.matcher(line);
            int runEnd = -1;
            List<List<Integer>> run = new ArrayList<>();
            while (m.find() && m.end() <= index) {
                if (m.start() != runEnd) {
                    run.clear();
                }
                run.add(codes(m.group(1)));
                runEnd = m.end();
            }
            if (runEnd == index) {
                run.forEach(params::addAll);
            }
            return params;
        }

        /** For each character of {@link #strip(String) the text}, whether reverse video is on. */
        static List<Boolean> reversePerCharacter(String line) {
            List<Boolean> reverse = new ArrayList<>();
            boolean on = false;
            int i = 0;
            Matcher m = ESCAPE.matcher(line);
            Matcher other = OTHER_ESCAPE.matcher(line);
            while (i < line.length()) {
                if (m.find(i) && m.start() == i) {
                    for (int code : codes(m.group(1))) {
                        if (code == 0) {
                            on = false;
                        } else if (code == 7) {
                            on = true;
                        } else if (code == 27) {
                            on = false;
                        }
                    }
                    i = m.end();
                } else if (other.find(i) && other.start() == i) {
                    i = other.end();
                } else {
                    int cp = line.codePointAt(i);
                    for (int k = 0; k < Character.charCount(cp); k++) {
                        reverse.add(on);
                    }
                    i += Character.charCount(cp);
                }
            }
            return reverse;
        }

        /** The codes of one SGR parameter list, the arguments of 38/48/58 (colours) left out; empty means 0. */
        private static List<Integer> codes(String params) {
            List<Integer> codes = new ArrayList<>();
            if (params.isEmpty()) {
                codes.add(0);
                return codes;
            }
            String[] parts = params.split(";", -1);
            for (int k = 0; k < parts.length; k++) {
                String part = parts[k];
                if (part.contains(":")) {
                    part = part.substring(0, part.indexOf(':')); // 38:2:r:g:b or 4:3, arguments inline
                    codes.add(part.isEmpty() ? 0 : Integer.parseInt(part));
                    continue;
                }
                int code = part.isEmpty() ? 0 : Integer.parseInt(part);
                codes.add(code);
                if ((code == 38 || code == 48 || code == 58) && k + 1 < parts.length) {
                    k += "5".equals(parts[k + 1]) ? 2 : "2".equals(parts[k + 1]) ? 4 : 0;
                }
            }
            return codes;
        }
    }
}
