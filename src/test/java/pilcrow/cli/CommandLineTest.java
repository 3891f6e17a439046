package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.terminal.JLineTextMeasure;

/** The command line through picocli's execute, with captured output and exit codes. */
class CommandLineTest {

    static final String SEED = "seeds/000_36299a940e0d7905.txt";
    static final String SEED_TITLE = "US passes itself off as victim of cyberattacks to smear China";

    @TempDir
    Path dir;

    /** One run: exit code and the raw bytes written. */
    record Run(int exit, byte[] outBytes, byte[] errBytes) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }

        String err() {
            return new String(errBytes, StandardCharsets.UTF_8);
        }

        List<String> outLines() {
            return out().lines().toList();
        }
    }

    static Run run(boolean color, InputStream stdin, String... args) {
        return run(color, stdin, false, args);
    }

    /** @param asMain through {@link Main#run(String[], Console)}, which skips picocli where it can */
    static Run run(boolean color, InputStream stdin, boolean asMain, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(stdin,
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true),
                color, false, () -> 80, color, Map.of(), new JLineTextMeasure());
        int exit = asMain ? Main.run(args, console) : Main.commandLine(console).execute(args);
        console.out().flush();
        console.err().flush();
        return new Run(exit, out.toByteArray(), err.toByteArray());
    }

    static Run run(String... args) {
        return run(false, InputStream.nullInputStream(), args);
    }

    static void assertOneErrorLine(Run run, String expected) {
        assertThat(run.err().lines().toList()).containsExactly(expected);
    }

    @Test
    void listShowsTheSeedRow() {
        Run run = run("list");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).matches(" {2}# {2}TITLE +PARAS +WORDS {2}PATH");
        assertThat(run.outLines().get(1)).isEqualTo(
                "  1  " + SEED_TITLE + "      7     455  " + SEED);
    }

    @Test
    void listOnATerminalCutsALongPathAtItsFoldersKeepingTheFileName() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("share/doc/bash/a-rather-long-folder-name/and-another-one"));
        Files.writeString(deep.resolve("README.Debian.txt"), "Notes\n\nText.\n");

        Run run = run(true, InputStream.nullInputStream(), "list", dir.toString());

        String path = run.outLines().get(1).replaceAll("\u001b\\[[0-9;]*m", "").strip();
        path = path.substring(path.lastIndexOf("  ") + 2);
        assertThat(path).endsWith("/README.Debian.txt");
        assertThat(path).as("cut at a folder, not inside a name").containsPattern("^(/[^/]+)?/?\u2026/");
    }

    @Test
    void listJson() {
        Run run = run("list", "--json");
        assertThat(run.exit()).isZero();
        JsonArray rows = JsonParser.parseString(run.out()).getAsJsonArray();
        assertThat(rows).hasSize(1);
        JsonObject row = rows.get(0).getAsJsonObject();
        assertThat(row.get("number").getAsInt()).isEqualTo(1);
        assertThat(row.get("title").getAsString()).isEqualTo(SEED_TITLE);
        assertThat(row.get("paragraphs").getAsInt()).isEqualTo(7);
        assertThat(row.get("words").getAsInt()).isEqualTo(455);
        assertThat(row.get("bytes").getAsLong()).isEqualTo(3022);
        assertThat(row.get("source").getAsString()).isEqualTo("CHINA MEDIA GROUP");
        assertThat(row.get("path").getAsString()).isEqualTo(SEED);
    }

    @Test
    void showOneParagraphAtAWidth() {
        Run run = run("show", "1", "-p", "7", "--width", "40");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
                "\u00b67  At present, cyberattacks are mainly",
                "    cross-border crimes, and all",
                "    countries need to strengthen",
                "    cooperation under the framework of",
                "    Interpol, share intelligence on",
                "    cybercrime and coordinate",
                "    governance, to jointly combat",
                "    cybersecurity threats, rather than",
                "    forming \"exclusive cliques\" among a",
                "    few countries. The US should know",
                "    full well that protecting critical",
                "    infrastructure is a common concern",
                "    of all countries, and maintaining",
                "    peace and stability in cyberspace",
                "    serves the common interests of",
                "    China, the US and other countries",
                "    around the world.", ""));
    }

    @Test
    void showWholeDocumentByTitleOrPath() {
        Run byTitle = run("show", "cyberattacks to smear", "--width", "70");
        Run byPath = run("show", SEED, "--width", "70");
        assertThat(byTitle.exit()).isZero();
        assertThat(byTitle.out()).isEqualTo(byPath.out());
        List<String> lines = byTitle.outLines();
        assertThat(lines.get(0)).isEqualTo(SEED_TITLE);
        assertThat(lines).filteredOn(l -> l.startsWith("\u00b6")).extracting(l -> l.substring(0, 2))
                .containsExactly("\u00b61", "\u00b62", "\u00b63", "\u00b64", "\u00b65", "\u00b66", "\u00b67");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("    \u2014 CHINA MEDIA GROUP");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(70));
    }

    @Test
    void showJson() {
        Run run = run("show", "1", "-p", "6..7", "--json");
        assertThat(run.exit()).isZero();
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(doc.get("title").getAsString()).isEqualTo(SEED_TITLE);
        assertThat(doc.get("paragraphCount").getAsInt()).isEqualTo(7);
        JsonArray paragraphs = doc.getAsJsonArray("paragraphs");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(1).getAsJsonObject().get("number").getAsInt()).isEqualTo(7);
        assertThat(paragraphs.get(1).getAsJsonObject().get("kind").getAsString()).isEqualTo("paragraph");
        assertThat(paragraphs.get(1).getAsJsonObject().get("text").getAsString()).contains("Interpol");
    }

    @Test
    void showWithABadRangeIsOneErrorLine() {
        for (String[] args : List.of(
                new String[] {"show", "1", "-p", "9"},
                new String[] {"show", "1", "-p", "0"},
                new String[] {"show", "1", "-p", "5..3"},
                new String[] {"show", "1", "-p", "x"},
                new String[] {"show", "1", "-p", "1..2..3"},
                new String[] {"show", "1", "--width", "0"},
                new String[] {"show", "2"},
                new String[] {"show", "no such title"})) {
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err().lines().toList()).as(String.join(" ", args))
                    .singleElement().asString().startsWith("pilcrow: ");
        }
        assertOneErrorLine(run("show", "1", "-p", "9"), "pilcrow: no paragraph 9: the document has 7");
        assertOneErrorLine(run("show", "1", "-p", "5..3"), "pilcrow: bad paragraph range '5..3': 5 is after 3");
        assertOneErrorLine(run("show", "2"), "pilcrow: no document 2: the library has 1");
    }

    @Test
    void badUsageIsExitTwoWithAHint() {
        Run run = run("show");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList().get(0)).startsWith("pilcrow: ");
        assertThat(run.err()).contains("--help");
        assertThat(run("list", "--bogus").exit()).isEqualTo(2);
    }

    @Test
    void findInterpol() {
        Run run = run("find", "Interpol");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(SEED_TITLE
                + " \u00b67: \u2026under the framework of Interpol, share intelligence on\u2026");
    }

    @Test
    void findFindsTheSourceLine() {
        Run run = run("find", "CHINA");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly(SEED_TITLE + " (source): CHINA MEDIA GROUP");
        assertThat(run("find", "--json", "CHINA").out()).contains("\"paragraph\":-1,\"offsets\":[0,5]");
    }

    @Test
    void findNothing() {
        Run run = run("find", "zzzz");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void findModes() {
        assertThat(run("find", "interpol").exit()).isZero();
        assertThat(run("find", "INTERPOL").exit()).isEqualTo(1);
        assertThat(run("find", "-i", "INTERPOL").exit()).isZero();
        assertThat(run("find", "--case-sensitive", "interpol").exit()).isEqualTo(1);
        Run regex = run("find", "--regex", "Volt\\s+Typhoon");
        assertThat(regex.exit()).isZero();
        assertThat(regex.outLines()).extracting(l -> l.substring(SEED_TITLE.length() + 1, SEED_TITLE.length() + 4))
                .containsExactly("\u00b62:", "\u00b63:", "\u00b63:", "\u00b64:", "\u00b64:");
        assertThat(regex.outLines()).allSatisfy(l -> assertThat(l).contains("Volt Typhoon"));
        Run bad = run("find", "--regex", "(");
        assertThat(bad.exit()).isEqualTo(2);
        assertOneErrorLine(bad, "pilcrow: invalid regular expression: Unclosed group at position 2");
        Run both = run("find", "-s", "-i", "x");
        assertThat(both.exit()).isEqualTo(2);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aRunawayExpressionStopsTheFindWithOneLineAndExitTwo() throws IOException {
        // (.*){20}Z backtracks through every way to cut a long line in twenty: for ever, unguarded.
        Path folder = Files.createDirectories(dir.resolve("runaway"));
        Files.writeString(folder.resolve("a-first.txt"), "First\n\nZ is here.\n");
        Files.writeString(folder.resolve("b-long.txt"), "Long\n\n" + "a".repeat(300) + "\n");
        Files.writeString(folder.resolve("c-last.txt"), "Last\n\nok\n");

        Run run = run("find", "-E", "(.*){20}Z", folder.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.outLines()).containsExactly("First \u00b61: Z is here.");
        assertOneErrorLine(run, "pilcrow: cannot search " + folder.resolve("b-long.txt")
                + ": pattern too slow: stopped after 2 s");
        Run one = run("find", "-E", "(.*){20}Z", folder.resolve("b-long.txt").toString());
        assertThat(one.exit()).isEqualTo(2);
        assertOneErrorLine(one, "pilcrow: cannot search " + folder.resolve("b-long.txt")
                + ": pattern too slow: stopped after 2 s");
    }

    @Test
    void findAcrossHardWrappedLinesAndAccents() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Notes\n\nThe old\ne\u0301cole stands\nhere.\n\nMore.\n");
        Run phrase = run("find", "old \u00e9cole", notes.toString());
        assertThat(phrase.exit()).isZero();
        assertThat(phrase.outLines()).containsExactly("Notes \u00b61: The old \u00e9cole stands here.");
        assertThat(run("find", "-i", "\u00c9COLE", notes.toString()).exit()).isZero();
    }

    @Test
    void plainFindSkipsPicocliOnlyWhenThereIsNothingElseToRead() {
        assertThat(FindCommand.isPlain(new String[] {"find", "Interpol", SEED})).isTrue();
        assertThat(FindCommand.isPlain(new String[] {"find", "Interpol", SEED, SEED})).isTrue();
        assertThat(FindCommand.isPlain(new String[] {"find", "Interpol"})).isTrue(); // the library
        assertThat(FindCommand.isPlain(new String[] {"find"})).isFalse(); // picocli's missing PATTERN
        assertThat(FindCommand.isPlain(new String[] {"find", "-i", "Interpol", SEED})).isTrue();
        assertThat(FindCommand.isPlain(new String[] {"find", "Interpol", SEED, "--regex", "-s"})).isTrue();
        assertThat(FindCommand.isPlain(new String[] {"find", "-i", "-s", "Interpol", SEED})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"find", "-i", "-i", "Interpol", SEED})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"find", "-E", "--regex", "Interpol", SEED})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"find", "-iE", "Interpol", SEED})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"find", "-i", "Interpol"})).isTrue();
        assertThat(FindCommand.isPlain(new String[] {"find", "-i"})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"find", "--no-prefilter", "Interpol", SEED})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"find", "Interpol", SEED, "--no-color"})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"find", "Interpol", "-"})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"find", "@args.txt", SEED})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"list", "Interpol", SEED})).isFalse();
        assertThat(FindCommand.isPlain(new String[] {"--no-color", "find", "Interpol", SEED})).isFalse();
    }

    @Test
    void plainFindPrintsWhatPicocliWould() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Notes\n\nThe old\ne\u0301cole stands\nhere.\n\nMore.\n");
        String missing = dir.resolve("missing.txt").toString();
        List<String[]> cases = List.of(
                new String[] {"find", "Interpol", SEED},
                new String[] {"find", "interpol", SEED, notes.toString()},
                new String[] {"find", "INTERPOL", SEED},
                new String[] {"find", "old \u00e9cole", notes.toString()},
                new String[] {"find", "Interpol", missing, SEED},
                new String[] {"find", "(", SEED},
                new String[] {"find", "Interpol", dir.toString()},
                new String[] {"find", "-i", "INTERPOL", SEED},
                new String[] {"find", "--ignore-case", "INTERPOL", SEED},
                new String[] {"find", "-s", "interpol", SEED},
                new String[] {"find", "interpol", SEED, "--case-sensitive"},
                new String[] {"find", "-E", "Inter.ol", SEED},
                new String[] {"find", "Inter[", "--regex", SEED},
                new String[] {"find", "-i", "-E", "inter(pol|net)", notes.toString(), SEED},
                new String[] {"find", "-s", "-i", "x", SEED},
                new String[] {"find", "Interpol"},
                new String[] {"find", "-i", "interpol"},
                new String[] {"find", "zzzznothing"},
                new String[] {"find", "-E", "("},
                new String[] {"find"});
        for (boolean color : new boolean[] {false, true}) {
            for (String[] args : cases) {
                Run viaPicocli = run(color, InputStream.nullInputStream(), false, args);
                Run plain = run(color, InputStream.nullInputStream(), true, args);
                assertThat(plain.exit()).as(String.join(" ", args)).isEqualTo(viaPicocli.exit());
                assertThat(plain.out()).as(String.join(" ", args)).isEqualTo(viaPicocli.out());
                assertThat(plain.err()).as(String.join(" ", args)).isEqualTo(viaPicocli.err());
            }
        }
    }

    @Test
    void plainReadingSkipsPicocliOnlyWhenThereIsNothingElseToRead() {
        assertThat(PilcrowCommand.isPlainRead(new String[] {SEED})).isTrue();
        assertThat(PilcrowCommand.isPlainRead(new String[] {SEED, "notes"})).isTrue();
        assertThat(PilcrowCommand.isPlainRead(new String[] {})).isFalse();
        assertThat(PilcrowCommand.isPlainRead(new String[] {"-"})).isFalse();
        assertThat(PilcrowCommand.isPlainRead(new String[] {"--no-color", SEED})).isFalse();
        assertThat(PilcrowCommand.isPlainRead(new String[] {SEED, "-w", "40"})).isFalse();
        assertThat(PilcrowCommand.isPlainRead(new String[] {"@args.txt"})).isFalse();
        for (String command : new String[] {"list", "show", "find", "bookmarks", "shell", "serve", "help",
            "generate-completion"}) {
            assertThat(PilcrowCommand.isPlainRead(new String[] {command, SEED})).as(command).isFalse();
        }
    }

    /** Without a terminal, pilcrow PATH prints plainly: the same through picocli and without it. */
    @Test
    void plainReadingPrintsWhatPicocliWould() throws IOException {
        String missing = dir.resolve("missing.txt").toString();
        for (String[] args : List.of(new String[] {SEED}, new String[] {missing, SEED}, new String[] {dir.toString()})) {
            Run viaPicocli = run(false, InputStream.nullInputStream(), false, args);
            Run plain = run(false, InputStream.nullInputStream(), true, args);
            assertThat(plain.exit()).as(String.join(" ", args)).isEqualTo(viaPicocli.exit());
            assertThat(plain.out()).as(String.join(" ", args)).isEqualTo(viaPicocli.out());
            assertThat(plain.err()).as(String.join(" ", args)).isEqualTo(viaPicocli.err());
        }
    }

    @Test
    void highlightOnlyWithColour() {
        Run colored = run(true, InputStream.nullInputStream(), "find", "Interpol");
        assertThat(colored.out()).contains("\u001b[1;31mInterpol\u001b[0m");
        Run noColor = run(true, InputStream.nullInputStream(), "find", "--no-color", "Interpol");
        assertThat(noColor.outBytes()).doesNotContain((byte) 0x1b);
        assertThat(run("find", "Interpol").outBytes()).doesNotContain((byte) 0x1b);
    }

    @Test
    void missingInputIsReportedAndTheRestProcessed() throws IOException {
        String missing = dir.resolve("missing.txt").toString();
        Run find = run("find", "Interpol", missing, SEED);
        assertThat(find.exit()).isEqualTo(2);
        assertOneErrorLine(find, "pilcrow: cannot open " + missing + ": no such file or directory");
        assertThat(find.outLines()).singleElement().asString().contains("\u00b67");

        Run list = run("list", SEED, missing);
        assertThat(list.exit()).isEqualTo(2);
        assertOneErrorLine(list, "pilcrow: cannot open " + missing + ": no such file or directory");
        assertThat(list.out()).contains(SEED_TITLE);

        Run read = run("--width", "60", missing, SEED);
        assertThat(read.exit()).isEqualTo(2);
        assertThat(read.outLines()).startsWith("US passes itself off as victim of cyberattacks to smear", "China")
                .contains("\u2014 CHINA MEDIA GROUP");
        assertThat(read.err()).contains("no such file or directory");
    }

    @Test
    void unreadableFileIsReportedAndTheRestProcessed() throws IOException {
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "Locked\ntext\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "permissions are not enforced (running as root)");
        Run denied = run("find", "Interpol", locked.toString(), SEED);
        assertThat(denied.exit()).isEqualTo(2);
        assertOneErrorLine(denied, "pilcrow: cannot open " + locked + ": permission denied");
        assertThat(denied.outLines()).hasSize(1);
    }

    @Test
    void binaryFilesAreListedWithAWarningAndRefusedOnShow() throws IOException {
        Path bin = dir.resolve("data.txt");
        Files.write(bin, new byte[] {'a', 0, 'b'});
        Run list = run("list", bin.toString()); // named on its own: listed, and refused when opened
        assertThat(list.exit()).isZero();
        assertThat(list.outLines().get(1)).startsWith("  1  (binary file, with NUL bytes)")
                .endsWith("-       -  " + bin);
        Run show = run("show", bin.toString());
        assertThat(show.exit()).isEqualTo(2);
        assertOneErrorLine(show, "pilcrow: cannot open " + bin + ": binary file, with NUL bytes");
    }

    /** A folder's binary and hidden files are skipped, and list and find say how many and why (issue 17 item 5). */
    @Test
    void whatAFolderScanSkippedIsCountedAndListedWithVerbose() throws IOException {
        Path lib = Files.createDirectory(dir.resolve("lib"));
        Files.writeString(lib.resolve("Apache-2.0"), "Apache License\n\nVersion 2.0, January 2004\n");
        Files.write(lib.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.writeString(lib.resolve(".hidden"), "Apache License\n");

        Run list = run("list", lib.toString());
        assertThat(list.exit()).isZero();
        assertThat(list.outLines()).hasSize(2);
        assertOneErrorLine(list, "pilcrow: 2 files skipped: 1 hidden, 1 binary (--verbose lists them)");

        Run verbose = run("list", "--verbose", lib.toString());
        assertThat(verbose.err().lines().toList()).containsExactly("pilcrow: skipped " + lib.resolve(".hidden") + ": hidden",
                "pilcrow: skipped " + lib.resolve("logo.png") + ": binary");

        Run find = run(false, InputStream.nullInputStream(), true, "find", "Apache License", lib.toString());
        assertThat(find.exit()).isZero();
        assertThat(find.outLines()).singleElement().asString().contains("Apache License");
        assertOneErrorLine(find, "pilcrow: 2 files skipped: 1 hidden, 1 binary (--verbose lists them)");
        Run findVerbose = run("find", "--verbose", "Apache License", lib.toString());
        assertThat(findVerbose.err().lines().toList()).hasSize(2).allMatch(line -> line.startsWith("pilcrow: skipped "));
    }

    @Test
    void standardInput() {
        byte[] text = "Piped In\nsome body text\n".getBytes(StandardCharsets.UTF_8);
        Run run = run(false, new java.io.ByteArrayInputStream(text), "find", "body", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly("Piped In \u00b61: some body text");
    }

    @Test
    void textPipedInWithOutputNotATerminalIsCopiedOutAsLessDoes() {
        // printf 'a\n\nb\n' | pilcrow | cat: the pipe is the document, not the bundled seeds.
        byte[] piped = "a\n\nb\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = Main.console(Map.of(), false, false, new java.io.ByteArrayInputStream(piped), out, err);

        int exit = Main.run(new String[0], console);
        console.out().flush();

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        // As `pilcrow - | cat` prints it: the title, then the paragraph.
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("a", "", "b");
    }

    @Test
    void aHostileDocumentPrintsNothingRaw() throws IOException {
        Path hostile = dir.resolve("evil\u001b[31m\u009b\u202e\nname.txt");
        Files.writeString(hostile, "Evil \u001b]0;title\u0007 here\n"
                + "red \u001b[31mtext\u001b[0m and \u009b2J and \u202etxt.exe and \u2066x\u2069\n"
                + "second \u001b[2J paragraph\n");
        String path = hostile.toString();
        List<Run> runs = List.of(
                run("list", dir.toString()),
                run("list", "--json", dir.toString()),
                run("show", path),
                run("show", path, "--json"),
                run("show", "1", dir.toString()),
                run("find", "red", path),
                run("find", "--regex", "\\^\\[", path),
                run(path),
                run("find", "zzz", path + "-missing\u001b[2J"),
                run("show", "1", "-p", "9\u001b[2J", dir.toString()));
        for (Run run : runs) {
            assertThat(run.outBytes()).doesNotContain((byte) 0x1b, (byte) 0x07);
            assertThat(run.errBytes()).doesNotContain((byte) 0x1b, (byte) 0x07);
            assertNoRawControls(run.out());
            assertNoRawControls(run.err());
        }
        assertThat(runs.get(0).out()).contains("Evil ^[]0;title^G here");
        // show prints the text without its SGR colour (docs/architecture.md, Decisions).
        assertThat(runs.get(2).out()).contains("red text and <9B>2J and <U+202E>txt.exe");
        assertThat(runs.get(5).exit()).isZero();
        assertThat(runs.get(6).outLines()).hasSize(2); // ¶2 only: ¶1's colour sequences are no text
        assertThat(runs.get(8).err()).contains("missing^[[2J");
        assertThat(runs.get(9).err()).contains("'9^[[2J'");
    }

    private static void assertNoRawControls(String s) {
        assertThat(s.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x200B).toArray()).as(s).isEmpty();
    }

    @Test
    void version() {
        Run run = run("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines().get(0)).matches("pilcrow \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(run.outLines().get(1)).startsWith("Java " + System.getProperty("java.version"));
    }

    @Test
    void versionAloneSkipsPicocliAndPrintsWhatPicocliWould() {
        assertThat(Main.isVersionOnly(new String[] {"--version"})).isTrue();
        assertThat(Main.isVersionOnly(new String[] {"-V"})).isTrue();
        assertThat(Main.isVersionOnly(new String[] {"--version", "list"})).isFalse();
        assertThat(Main.isVersionOnly(new String[] {"list", "--version"})).isFalse();
        assertThat(Main.isVersionOnly(new String[] {"--help"})).isFalse();
        assertThat(Main.isVersionOnly(new String[] {})).isFalse();
        for (String option : List.of("--version", "-V")) {
            Run viaPicocli = run(false, InputStream.nullInputStream(), false, option);
            Run plain = run(false, InputStream.nullInputStream(), true, option);
            assertThat(plain.exit()).isZero();
            assertThat(plain.out()).isEqualTo(viaPicocli.out()).contains("pilcrow ", "Java ");
            assertThat(plain.err()).isEmpty();
        }
    }

    @Test
    void help() {
        Run run = run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: pilcrow", "list", "show", "find", "generate-completion",
                "Exit status: 0 success, 1 nothing matched (find), 2 bad usage or unreadable");
        for (String sub : List.of("list", "show", "find")) {
            Run help = run(sub, "--help");
            assertThat(help.exit()).as(sub).isZero();
            assertThat(help.out()).as(sub).startsWith("Usage: pilcrow " + sub);
        }
        assertThat(run("find", "--help").out()).contains("--regex", "--case-sensitive");
        assertThat(run("show", "--help").out()).contains("--paragraph", "--width", "--json");
        for (String sub : List.of("show", "list", "find", "bookmarks")) {
            assertThat(run(sub, "--help").out()).as(sub + ": the default data folder on one line")
                    .contains("~/.local/share/pilcrow");
        }
    }

    @Test
    void generateCompletion() {
        Run run = run("generate-completion");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("complete -F", "_picocli_pilcrow", "list", "show", "find");
    }

    @Test
    void showReadsStandardInputAsDash() throws IOException {
        byte[] text = "Piped In\n\nfirst body\n\nsecond body\n".getBytes(StandardCharsets.UTF_8);
        Run run = run(false, new ByteArrayInputStream(text), "show", "-", "-p", "2");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("second body").doesNotContain("first body");
    }
}
