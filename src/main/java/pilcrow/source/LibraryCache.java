package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pilcrow.core.doc.DocumentSummary;

/**
 * What the document list knows of each document of a large library (title, paragraphs, words,
 * fingerprint by {@link Fingerprints}; or why it cannot be opened), kept in the data folder so the next start shows the
 * whole list at once. Keyed by the file's path, size and modification time: a file that changed
 * is measured again. It is only a cache: a missing, unreadable or corrupt file is an empty cache
 * (rebuilt on the next save), and a save that fails is ignored.
 *
 * <p>The file is text, one document a line, fields separated by tabs and escaped with {@code \}:
 * {@code path size mtime paragraphs words fingerprint title problem}. It is written to a temporary
 * file and renamed over the old one, so a reader never sees half of it; documents of other
 * libraries in it are kept.
 */
public final class LibraryCache {

    public static final String FILE = "library-cache.tsv";
    /**
     * The format and what it holds: 2 since a large file's fingerprint is its size and ends
     * ({@link Fingerprints}), so a cache of whole-text fingerprints is measured again; 3 since
     * underlined headings, front matter and tables changed titles and counts; 4 since EPUB books
     * are read (a book named otherwise was measured as a binary file).
     */
    static final String HEADER = "pilcrow library cache 4";

    /** A file as it is on disk now. */
    public record Key(String path, long size, long modifiedMillis) {
    }

    /** A document measured: its summary, or (summary null) why it cannot be opened. */
    public record Measure(DocumentSummary summary, String problem) {
    }

    private final Path file;
    private final Map<Key, Measure> entries;

    private LibraryCache(Path file, Map<Key, Measure> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads the cache in {@code dataDir}; an empty one when there is none or it cannot be read. */
    public static LibraryCache load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        return new LibraryCache(file, read(file));
    }

    static Map<Key, Measure> read(Path file) {
        Map<Key, Measure> entries = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return entries; // none yet, unreadable, or not UTF-8: rebuilt on the next save
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return entries;
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 8) {
                return new HashMap<>(); // corrupt: trust none of it
            }
            try {
                Key key = new Key(unescape(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
                Measure measure = f[7].isEmpty()
                        ? new Measure(new DocumentSummary(unescape(f[6]), Integer.parseInt(f[3]),
                                Integer.parseInt(f[4]), unescape(f[5])), null)
                        : new Measure(null, unescape(f[7]));
                entries.put(key, measure);
            } catch (IllegalArgumentException e) {
                return new HashMap<>();
            }
        }
        return entries;
    }

    /** What was measured for this file as it is now, or null. */
    public synchronized Measure get(Key key) {
        return entries.get(key);
    }

    public synchronized void put(Key key, Measure measure) {
        entries.put(key, measure);
    }

    public synchronized int size() {
        return entries.size();
    }

    /**
     * Writes the cache: the documents of {@code library} as measured now (older versions of them
     * dropped), and the other libraries' documents as they are in the file now.
     *
     * @return false when it could not be written (a read-only data folder): nothing else happens
     */
    public boolean save(List<Key> library) {
        Map<Key, Measure> merged = new LinkedHashMap<>();
        java.util.Set<String> ours = new java.util.HashSet<>();
        library.forEach(k -> ours.add(k.path()));
        read(file).forEach((key, measure) -> {
            if (!ours.contains(key.path())) {
                merged.put(key, measure);
            }
        });
        synchronized (this) {
            for (Key key : library) {
                Measure measure = entries.get(key);
                if (measure != null) {
                    merged.put(key, measure);
                }
            }
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        merged.forEach((key, m) -> {
            DocumentSummary s = m.summary();
            text.append(escape(key.path())).append('\t').append(key.size()).append('\t').append(key.modifiedMillis())
                    .append('\t').append(s == null ? 0 : s.paragraphs()).append('\t').append(s == null ? 0 : s.words())
                    .append('\t').append(s == null ? "" : escape(s.fingerprint()))
                    .append('\t').append(s == null ? "" : escape(s.title()))
                    .append('\t').append(s == null ? escape(m.problem().isEmpty() ? "?" : m.problem()) : "")
                    .append('\n');
        });
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE + ".tmp-" + ProcessHandle.current().pid());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Tabs, line breaks, backslashes, other controls and lone surrogates (undecodable bytes, see
     * {@code ByteEscapes}) as {@code \\uXXXX} or {@code \\\\}, so every line is one document and
     * every string comes back exactly.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c == 0x7F || (Character.isSurrogate(c) && !pairedHigh)) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (pairedHigh) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (i + 5 < text.length() && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                throw new IllegalArgumentException("bad escape");
            }
        }
        return out.toString();
    }
}
