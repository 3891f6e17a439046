package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.terminal.JLineTextMeasure;

/**
 * {@code pilcrow index} and {@code find} with an index: the output is the scan's, byte for byte,
 * for the documents indexed, and for those changed, added or removed since.
 */
class IndexCommandTest {

    @TempDir
    Path temp;

    private static final List<String> WORDS = List.of("zebrakit", "Zebra", "kit", "the", "word", "caf\u00e9",
            "KIT", "zebra\u212Ait", "sun", "\u017Fun", "*zebra*", "a", "\u00a0kit");
    private static final List<String> QUERIES = List.of("zebrakit", "Zebra", "kit", "the word", "caf\u00e9", "CAF\u00c9",
            "sun", "zebra kit", "qqq", "k", "zeb.*kit");

    /** Exit code, standard output and standard error of one run, with the data folder in the environment. */
    private static String run(Path data, boolean plain, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(InputStream.nullInputStream(),
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true),
                false, false, () -> 80, false, Map.of("PILCROW_DATA_DIR", data.toString()), new JLineTextMeasure());
        int exit = plain ? Main.run(args, console) : Main.commandLine(console).execute(args);
        console.out().flush();
        return exit + "\n" + out.toString(StandardCharsets.UTF_8) + "\n--\n" + err.toString(StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text, long ageMillis) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - ageMillis));
    }

    @Test
    void findWithAnIndexPrintsWhatTheScanPrintsAfterChangesToo() throws Exception {
        Path lib = temp.resolve("lib");
        Path data = temp.resolve("data");
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder("Title " + i + "\n\n");
            for (int w = 0; w < 1 + random.nextInt(20); w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            Path file = lib.resolve(i % 4 == 0 ? "a/b" : "c").resolve("d" + i + (i % 2 == 0 ? ".md" : ".txt"));
            write(file, text.toString(), 3_600_000);
            files.add(file);
        }
        Path held = lib.resolve("c/held.txt");
        write(held, "Held\n\nzebrakit kit sun the word caf\u00e9", 3_600_000);
        String indexed = run(data, false, "index", lib.toString());
        assertThat(indexed).startsWith("0\n" + lib + ": 61 documents indexed (61 read, 0 removed)");
        assertSameAsScan(data, lib);

        // Changed since: longer, the same size with another time, new, and gone.
        Files.writeString(files.get(1), Files.readString(files.get(1)) + " zebrakit sun", StandardCharsets.UTF_8);
        long size = Files.size(files.get(2));
        write(files.get(2), "Title 2\n\nqqq" + "x".repeat((int) Math.max(0, size - 12)), 60_000);
        assertThat(Files.size(files.get(2))).isEqualTo(size);
        write(lib.resolve("c/new.txt"), "New\n\nzebrakit the word caf\u00e9", 3_600_000);
        Files.delete(files.get(3));
        write(held, "Held\n\nnone of them now", 60_000); // held every word when indexed
        assertSameAsScan(data, lib);

        String updated = run(data, false, "index", lib.toString());
        assertThat(updated).contains(": 61 documents indexed (4 read, 1 removed)");
        assertSameAsScan(data, lib);
    }

    @Test
    void aFolderInsideAnIndexedOneIsSearchedByItsIndex() throws Exception {
        Path lib = temp.resolve("lib");
        Path data = temp.resolve("data");
        Path inside = lib.resolve("a/b/d1.txt");
        write(inside, "Title\n\nzebrakit here", 3_600_000);
        write(lib.resolve("c/d2.txt"), "Title\n\nzebrakit there", 3_600_000);
        assertThat(run(data, false, "index", lib.toString())).startsWith("0\n");
        assertSameAsScan(data, lib.resolve("a"));

        // The index is what answers for the folder inside: a change it cannot see (same size, same
        // time) is left unread by it, as it is for the library's root.
        FileTime time = Files.getLastModifiedTime(inside);
        Files.writeString(inside, "Title\n\nsunkitty here", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(inside, time);
        assertThat(run(data, false, "find", "sunkitty", lib.resolve("a").toString())).startsWith("1\n");
        assertThat(run(data, false, "find", "--no-index", "sunkitty", lib.resolve("a").toString())).startsWith("0\n");
    }

    private static void assertSameAsScan(Path data, Path lib) {
        for (String query : QUERIES) {
            String[] regex = query.contains("*") ? new String[] {"-E"} : new String[0];
            for (String mode : List.of("-i", "-s", "", "-l", "-il", "-sl")) {
                List<String> args = new ArrayList<>(List.of("find"));
                if (mode.contains("i")) {
                    args.add("-i");
                } else if (mode.contains("s")) {
                    args.add("-s");
                }
                if (mode.contains("l")) {
                    args.add("-l"); // documents listed: the index answers some without reading them
                }
                args.addAll(List.of(regex));
                args.add(query);
                args.add(lib.toString());
                String scanned = run(data, false, with(args, "--no-index"));
                assertThat(run(data, true, args.toArray(String[]::new))).as("plain find %s", args).isEqualTo(scanned);
                assertThat(run(data, false, args.toArray(String[]::new))).as("find %s", args).isEqualTo(scanned);
            }
        }
    }

    @Test
    void dashLListsEachDocumentWithAMatchOnceInLibraryOrder() throws Exception {
        Path lib = temp.resolve("lib");
        Path data = temp.resolve("data");
        write(lib.resolve("a.md"), "A\n\nzebrakit\n\nzebrakit again", 3_600_000);
        write(lib.resolve("b.txt"), "B\n\nnothing here", 3_600_000);
        write(lib.resolve("c/d.txt"), "D\n\nZEBRAKIT", 3_600_000);
        String expected = "0\n" + lib.resolve("a.md") + "\n" + lib.resolve("c/d.txt") + "\n\n--\n";
        assertThat(run(data, false, "find", "-l", "zebrakit", lib.toString())).isEqualTo(expected);
        assertThat(run(data, true, "find", "-l", "zebrakit", lib.toString())).isEqualTo(expected);
        assertThat(run(data, false, "index", lib.toString())).startsWith("0\n");
        assertThat(run(data, true, "find", "-l", "zebrakit", lib.toString())).isEqualTo(expected);
        assertThat(run(data, false, "find", "--files-with-matches", "--json", "zebrakit", lib.toString()))
                .isEqualTo("0\n{\"path\":\"" + lib.resolve("a.md") + "\"}\n{\"path\":\"" + lib.resolve("c/d.txt")
                        + "\"}\n\n--\n");
        assertThat(run(data, false, "find", "-l", "qqq", lib.toString())).isEqualTo("1\n\n--\n");
        assertThat(run(data, false, "find", "-l", "--rank", "kit", lib.toString()))
                .isEqualTo("2\n\n--\npilcrow: --rank orders matches, and -l lists documents: use one of them\n");
    }

    private static String[] with(List<String> args, String option) {
        List<String> all = new ArrayList<>(args);
        all.add(1, option);
        return all.toArray(String[]::new);
    }
}
