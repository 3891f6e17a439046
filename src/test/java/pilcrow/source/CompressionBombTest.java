package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;

/**
 * Compressed files that expand without bound (issue 17 item 1): bounded before anything is
 * allocated for them, and one document's failure, OutOfMemoryError included, is its own one line.
 * The bombs are made here, small: gzip -9 of zeros or of a short run of text repeated is about
 * 1030:1 (a longer line repeated is less: 343:1 for 44 bytes, read within the other bounds).
 */
class CompressionBombTest {

    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;

    /** {@code size} bytes of {@code unit} repeated, gzipped as tightly as gzip can. */
    private Path bomb(String name, byte[] unit, long size) throws IOException {
        Path path = dir.resolve(name);
        byte[] block = repeat(unit, Math.max(1, 64 * 1024 / unit.length));
        try (OutputStream out = tightGzip(Files.newOutputStream(path))) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
        return path;
    }

    private static byte[] repeat(byte[] unit, int times) {
        byte[] all = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, all, i * unit.length, unit.length);
        }
        return all;
    }

    private static OutputStream tightGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
    }

    /** Prose of {@code size} bytes that compresses only a few times: paragraphs of seeded random words. */
    /** A file of {@code head} then {@code rest}, gzipped. */
    private Path gzipped(String name, byte[] head, byte[] rest) throws IOException {
        Path path = dir.resolve(name);
        try (OutputStream out = tightGzip(Files.newOutputStream(path))) {
            out.write(head);
            out.write(rest);
        }
        return path;
    }

    private Path prose(String name, int size, boolean gzip) throws IOException {
        Random random = new Random(17);
        StringBuilder text = new StringBuilder("Spooled Title\n\n");
        while (text.length() < size) {
            int words = 5 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                int letters = 2 + random.nextInt(8);
                for (int i = 0; i < letters; i++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                text.append(w == words - 1 ? ".\n\n" : " ");
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        Path path = dir.resolve(name);
        if (gzip) {
            try (OutputStream out = tightGzip(Files.newOutputStream(path))) {
                out.write(bytes);
            }
        } else {
            Files.write(path, bytes);
        }
        return path;
    }

    private static String reason(LoadResult result) {
        // By its class's name: a document of many MiB printed in the failure would drown it.
        assertThat(result.getClass().getSimpleName()).isEqualTo("Failed");
        return ((LoadResult.Failed) result).reason();
    }

    @Test
    void aGzipOfRepeatedTextPastAThousandToOneIsSkippedWithOneLine() throws IOException {
        Path bomb = bomb("bomb.txt.gz", "no\n".getBytes(StandardCharsets.US_ASCII), 64L * MIB);
        assertThat(64L * MIB / Files.size(bomb)).as("the test's bomb is past 1000:1").isGreaterThan(1000);

        String reason = reason(DocumentReader.read(FileSource.of(bomb)));

        assertThat(reason).contains("1000:1").doesNotContain("\n");
    }

    @Test
    void aGzipOfZerosIsSkippedTheSameWayNotReadToFindItBinary() throws IOException {
        Path bomb = bomb("zeros.gz", new byte[64 * 1024], 64L * MIB);

        assertThat(reason(DocumentReader.read(FileSource.of(bomb)))).contains("1000:1");
        assertThat(reason(Library.readLazily(FileSource.of(bomb)))).contains("1000:1");
    }

    @Test
    void theOtherDocumentsOfTheFolderAreStillListed() throws IOException {
        bomb("a-bomb.txt.gz", "la".getBytes(StandardCharsets.US_ASCII), 64L * MIB);
        Files.writeString(dir.resolve("b-good.txt"), "Good\n\nA paragraph.\n");

        Library library = Library.load("dir", List.of(dir.toString()), InputStream.nullInputStream());

        assertThat(library.entries()).hasSize(1);
        assertThat(library.entries().get(0).source().fileName()).isEqualTo("b-good.txt");
        assertThat(library.errors()).singleElement().asString().contains("a-bomb.txt.gz").contains("1000:1");
    }

    @Test
    void textPastWhatIsReadInMemoryIsSpooledWhole() throws IOException {
        Path gz = prose("big.txt.gz", 3 * MIB, true);
        Path plain = prose("big.txt", 3 * MIB, false);
        Path spools = Files.createDirectory(dir.resolve("spools"));

        BoundedGunzip.Inflated inflated;
        try (InputStream in = Files.newInputStream(gz)) {
            inflated = BoundedGunzip.inflateOrSpool(in, ONE_MIB_IN_MEMORY, head -> true, BoundedGunzip.Spool.in(spools));
        }

        BoundedGunzip.Spooled spooled = (BoundedGunzip.Spooled) inflated;
        try (var channel = spooled.channel()) {
            assertThat(spooled.formerName().getParent()).isEqualTo(spools);
            assertThat(spooled.size()).isEqualTo(channel.size()).isEqualTo(Files.size(plain));
            assertThat(MappedSearch.read(channel, 0, (int) channel.size())).isEqualTo(Files.readAllBytes(plain));
        }
    }

    /** A file system of 20 MiB (a twentieth: 1 MiB) with {@code usable} bytes free, each look counted. */
    private static BoundedGunzip.FreeSpace space(long usable, long[] asked) {
        return new BoundedGunzip.FreeSpace() {
            @Override
            public long usable() {
                asked[0]++;
                return usable;
            }

            @Override
            public long total() {
                return 20L * MIB;
            }
        };
    }

    @Test
    void aSpoolStopsBeforeItsFileSystemHasLessThanItKeepsFree() throws IOException {
        Path gz = prose("big.txt.gz", 5 * MIB, true);
        Path spools = Files.createDirectory(dir.resolve("spools"));
        long[] asked = {0};
        BoundedGunzip.Spool nearlyFull = new BoundedGunzip.Spool(spools, 2L * MIB, space(4L * MIB, asked));
        LoadResult opened = DocumentReader.readOpeningLarge(FileSource.of(gz), ONE_MIB_IN_MEMORY, nearlyFull);

        assertThat(reason(opened)).isEqualTo("needs more temporary space than is free (pilcrow keeps 2 MiB free): skipped");
        assertThat(asked[0]).isPositive();
        try (var left = Files.list(spools)) {
            assertThat(left.toList()).isEmpty();
        }
        BoundedGunzip.Spool roomy = new BoundedGunzip.Spool(spools, 2L * MIB, space(8L * MIB, asked));
        assertThat(DocumentReader.readOpeningLarge(FileSource.of(gz), ONE_MIB_IN_MEMORY, roomy))
                .as("with room, the same file opens").isInstanceOf(LoadResult.Large.class);
        BoundedGunzip.FreeSpace large = new BoundedGunzip.FreeSpace() {
            @Override
            public long usable() {
                return 0;
            }

            @Override
            public long total() {
                return 100L * MIB;
            }
        };
        assertThat(new BoundedGunzip.Spool(spools, 2L * MIB, large).keepFree()).as("a twentieth, when more")
                .isEqualTo(5L * MIB);
    }

    @Test
    void textPastWhatIsReadInMemoryIsOpenedAsALargeDocumentAndItsSpoolUnlinkedAtOnce() throws IOException {
        Path gz = prose("big.txt.gz", 3 * MIB, true);
        Path plain = prose("big.txt", 3 * MIB, false);
        Path spools = Files.createDirectory(dir.resolve("spools"));

        LoadResult result = DocumentReader.readOpeningLarge(FileSource.of(gz), ONE_MIB_IN_MEMORY, spools);

        assertThat(result.getClass().getSimpleName()).isEqualTo("Large");
        try (var left = Files.list(spools)) {
            assertThat(left.toList()).as("nothing left for a kill -9 to leave behind").isEmpty();
        }
        LargeFile spooled = ((LoadResult.Large) result).file();
        LargeFile direct = LargeFile.open(FileSource.of(plain)).orElseThrow();
        assertThat(spooled.size()).isEqualTo(Files.size(plain));
        assertThat(spooled.title()).isEqualTo("Spooled Title").isEqualTo(direct.title());
        assertThat(spooled.text(spooled.last())).isEqualTo(direct.text(direct.last()));
        assertThat(spooled.fingerprint()).isEqualTo(direct.fingerprint());
        String word = direct.text(direct.last()).split(" ")[0];
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(word));
        assertThat(spooled.find(pattern, word, true, () -> false, perMille -> { }))
                .as("found in the open copy, which has no name any more")
                .isNotEmpty().isEqualTo(direct.find(pattern, word, true, () -> false, perMille -> { }));
        assertThat(spooled.index(snapshot -> { }, () -> false).index().count())
                .isEqualTo(direct.index(snapshot -> { }, () -> false).index().count());
    }

    /** {@code size} bytes of {@code unit} repeated, gzipped at gzip's fastest level (-1). */
    private Path fastGzip(String name, byte[] unit, long size) throws IOException {
        Path path = dir.resolve(name);
        byte[] block = repeat(unit, Math.max(1, 64 * 1024 / unit.length));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path), 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
        return path;
    }

    /**
     * A file whose compressed bytes are counted as they are read, and whose every read looks at the
     * spool folder: a name there holding text would be left behind by a kill -9 at that moment.
     */
    private static final class Watched implements DocumentSource {
        private final Path file;
        private final Path spools;
        long compressedRead;
        long spoolNamesSeen;

        Watched(Path file, Path spools) {
            this.file = file;
            this.spools = spools;
        }

        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public String fileName() {
            return file.getFileName().toString();
        }

        @Override
        public long size() {
            return -1;
        }

        @Override
        public InputStream openRaw() throws IOException {
            return new java.io.FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    look();
                    int n = super.read(b, off, len);
                    compressedRead += Math.max(0, n);
                    return n;
                }

                @Override
                public int read() throws IOException {
                    look();
                    int b = super.read();
                    compressedRead += b < 0 ? 0 : 1;
                    return b;
                }
            };
        }

        private void look() throws IOException {
            try (var names = Files.list(spools)) {
                spoolNamesSeen += names.count();
            }
        }
    }

    @Test
    void aBinaryGzipPastWhatIsReadInMemoryIsFoundBinaryFromItsFirstBytesNotSpooledWhole() throws IOException {
        // The review's bomb: zeros at gzip -1 are about 229:1, under the 1000:1 rule.
        Path zeros = fastGzip("zeros.txt.gz", new byte[64 * 1024], 256L * MIB);
        assertThat(256L * MIB / Files.size(zeros)).as("under 1000:1").isLessThan(1000);
        Path spools = Files.createDirectory(dir.resolve("spools"));
        Watched lazily = new Watched(zeros, spools);
        Watched whole = new Watched(zeros, spools);

        LoadResult opened = DocumentReader.readOpeningLarge(lazily, ONE_MIB_IN_MEMORY, spools);
        LoadResult read = DocumentReader.read(whole, ONE_MIB_IN_MEMORY);

        assertThat(reason(opened)).isEqualTo("binary file, with NUL bytes");
        assertThat(((LoadResult.Failed) opened).binary()).isTrue();
        assertThat(lazily.compressedRead).as("stopped after the first MiB, not inflated whole")
                .isLessThan(Files.size(zeros) / 4);
        assertThat(lazily.spoolNamesSeen).as("nothing spooled").isZero();
        assertThat(reason(read)).as("read whole: binary too, not 'too large'").isEqualTo("binary file, with NUL bytes");
    }

    @Test
    void utf16AndMarkdownPastWhatIsReadInMemoryAreRefusedFromTheirFirstBytesNotSpooledWhole() throws IOException {
        Path spools = Files.createDirectory(dir.resolve("spools"));
        Path prose = prose("prose.txt", 3 * MIB, false);
        Path utf16 = gzipped("wide.txt.gz", new byte[] {(byte) 0xFF, (byte) 0xFE},
                Files.readString(prose).getBytes(StandardCharsets.UTF_16LE));
        Path markdown = prose("notes.md.gz", 4 * MIB, true);
        Watched wide = new Watched(utf16, spools);
        Watched notes = new Watched(markdown, spools);

        assertThat(reason(DocumentReader.readOpeningLarge(wide, ONE_MIB_IN_MEMORY, spools)))
                .isEqualTo("expands past 1 MiB: too large for UTF-16 text, which is read whole");
        assertThat(reason(DocumentReader.readOpeningLarge(notes, ONE_MIB_IN_MEMORY, spools)))
                .isEqualTo("expands past 1 MiB: too large for Markdown, which is read whole");
        assertThat(wide.compressedRead).as("UTF-16: stopped early").isLessThan(Files.size(utf16) / 2);
        assertThat(notes.compressedRead).as("Markdown: stopped early").isLessThan(Files.size(markdown) / 2);
        assertThat(wide.spoolNamesSeen + notes.spoolNamesSeen).as("nothing spooled").isZero();
    }

    /** HTML is parsed whole: past what is read in memory, named so or starting so, it is refused. */
    @Test
    void htmlPastWhatIsReadInMemoryIsRefusedByItsNameOrItsStart() throws IOException {
        Path spools = Files.createDirectory(dir.resolve("spools"));
        Path named = prose("manual.html.gz", 4 * MIB, true);
        Path byStart = gzipped("manual.gz", "<!DOCTYPE html>\n<p>".getBytes(StandardCharsets.US_ASCII),
                Files.readAllBytes(prose("prose.txt", 3 * MIB, false)));

        for (Path html : List.of(named, byStart)) {
            Watched watched = new Watched(html, spools);
            assertThat(reason(DocumentReader.readOpeningLarge(watched, ONE_MIB_IN_MEMORY, spools))).as("%s", html)
                    .isEqualTo("expands past 1 MiB: too large for HTML, which is read whole");
            assertThat(watched.spoolNamesSeen).as("nothing spooled").isZero();
        }
    }

    @Test
    void theSpoolHasNoNameFromBeforeItsFirstByteIsWritten() throws IOException {
        Path gz = prose("big.txt.gz", 3 * MIB, true);
        Path spools = Files.createDirectory(dir.resolve("spools"));
        Watched source = new Watched(gz, spools);

        LoadResult result = DocumentReader.readOpeningLarge(source, ONE_MIB_IN_MEMORY, spools);

        assertThat(result.getClass().getSimpleName()).isEqualTo("Large");
        assertThat(source.compressedRead).as("read to its end").isEqualTo(Files.size(gz));
        assertThat(source.spoolNamesSeen).as("at every read while spooling, the folder was empty").isZero();
    }

    /** Limits as the real ones, with 1 MiB read in memory: the tests' files stay small. */
    private static final BoundedGunzip.Limits ONE_MIB_IN_MEMORY =
            new BoundedGunzip.Limits(MIB, 4L << 30, 1000, MIB);

    @Test
    void readWholeAGzipPastWhatIsReadInMemoryIsRefusedWithOneLineNeverReadFromASpool() throws IOException {
        Path gz = prose("whole.txt.gz", 3 * MIB, true);

        LoadResult read = DocumentReader.read(FileSource.of(gz), ONE_MIB_IN_MEMORY);

        assertThat(reason(read)).isEqualTo("expands past 1 MiB: open it in the reader (pilcrow FILE)")
                .doesNotContain("\n");
    }

    @Test
    void readWholeAGzipWithinWhatIsReadInMemoryIsTheSameDocumentAsThePlainFile() throws IOException {
        Path gz = prose("small.txt.gz", MIB - 1024, true);
        Path plain = prose("small.txt", MIB - 1024, false);

        LoadResult fromGzip = DocumentReader.read(FileSource.of(gz), ONE_MIB_IN_MEMORY);
        Document fromPlain = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(plain))).document();

        assertThat(fromGzip.getClass().getSimpleName()).isEqualTo("Loaded");
        assertThat(((LoadResult.Loaded) fromGzip).document().blocks()).isEqualTo(fromPlain.blocks());
    }

    @Test
    void markdownPastWhatIsReadInMemoryIsRefusedAndItsSpoolRemoved() throws IOException {
        Path spools = Files.createDirectory(dir.resolve("spools"));
        Path gz = prose("notes.md.gz", 3 * MIB, true);

        LoadResult opened = DocumentReader.readOpeningLarge(FileSource.of(gz), ONE_MIB_IN_MEMORY, spools);

        assertThat(reason(opened)).isEqualTo("expands past 1 MiB: too large for Markdown, which is read whole");
        try (var left = Files.list(spools)) {
            assertThat(left.toList()).as("no spool left").isEmpty();
        }
    }

    @Test
    void pastTheMostThatMayBeInflatedItStopsThere() throws IOException {
        BoundedGunzip.Limits small = new BoundedGunzip.Limits(MIB, 3L * MIB, 1000, MIB);
        byte[] text = new byte[5 * MIB];
        new Random(3).nextBytes(text);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = tightGzip(gz)) {
            out.write(text);
        }

        assertThatThrownBy(() -> BoundedGunzip.inflateOrSpool(new ByteArrayInputStream(gz.toByteArray()), small,
                head -> true, BoundedGunzip.Spool.in(dir)))
                .isInstanceOf(BoundedGunzip.TooLarge.class)
                .hasMessageContaining("3 MiB");
    }

    @Test
    void aSmallFileOfOneRepeatedLineIsNotABomb() throws IOException {
        Path small = bomb("small.txt.gz", "no\n".getBytes(StandardCharsets.US_ASCII),
                MIB / 2);

        assertThat(DocumentReader.read(FileSource.of(small))).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void aRealTextThatStartsWithALongRunOfOneByteIsNotABomb() throws IOException {
        // A ruler of 2 MiB of '=' (a dump's padding, a log's separator run long) and then prose:
        // the run alone is past 1000:1, the file as a whole is far from it.
        Path prose = prose("body.txt", 3 * MIB, false);
        Path gz = dir.resolve("ruled.txt.gz");
        byte[] ruler = new byte[2 * MIB];
        java.util.Arrays.fill(ruler, (byte) '=');
        try (OutputStream out = tightGzip(Files.newOutputStream(gz))) {
            out.write("Ruled\n\n".getBytes(StandardCharsets.US_ASCII));
            out.write(ruler);
            out.write("\n\n".getBytes(StandardCharsets.US_ASCII));
            out.write(Files.readAllBytes(prose));
        }
        assertThat((5L * MIB) / Files.size(gz)).as("the whole file is no bomb").isLessThan(10);

        LoadResult read = DocumentReader.read(FileSource.of(gz));

        assertThat(read instanceof LoadResult.Failed failed ? failed.reason() : "read").isEqualTo("read");
        assertThat(((LoadResult.Loaded) read).document().title()).isEqualTo("Ruled");
    }

    @Test
    void aBombIsRefusedAsSoonAsItPassesWhatIsReadInMemory() throws IOException {
        Path bomb = bomb("just-past.txt.gz", "no\n".getBytes(StandardCharsets.US_ASCII),
                MappedSearch.THRESHOLD + MIB);

        assertThat(reason(DocumentReader.read(FileSource.of(bomb)))).contains("1000:1");
        assertThat(reason(Library.readLazily(FileSource.of(bomb)))).as("never spooled").contains("1000:1");
    }

    /** A source whose reading runs out of memory: the last line, whatever the cause. */
    private static DocumentSource exhausting(String name) {
        return new DocumentSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String fileName() {
                return name;
            }

            @Override
            public InputStream openRaw() {
                return new InputStream() {
                    @Override
                    public int read() {
                        throw new OutOfMemoryError("Java heap space");
                    }
                };
            }

            @Override
            public long size() {
                return -1;
            }
        };
    }

    @Test
    void runningOutOfMemoryIsThatDocumentsOneLineProblem() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Good\n\nA paragraph.\n");

        Library library = Library.of("two", List.of(exhausting("huge.txt"), FileSource.of(good)));

        assertThat(library.entries()).singleElement().matches(e -> e.source().fileName().equals("good.txt"));
        assertThat(library.errors()).singleElement().asString().startsWith("cannot open huge.txt: ")
                .contains("memory").doesNotContain("\n");
    }
}
