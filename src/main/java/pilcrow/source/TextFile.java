package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A large file opened once and sniffed once as UTF-8 text: its channel, its size when opened, and
 * where the text begins (after a UTF-8 BOM). The reader ({@link LargeFile}) and the search
 * ({@link MappedSearch}) both start from one, so they agree on which files they can read in place.
 * {@code size} is the size when opened (a file that grows later is read as far as this); {@code
 * begin} is 3 after a UTF-8 BOM, else 0.
 */
record TextFile(FileChannel channel, long size, long begin) implements AutoCloseable {

    /**
     * Opens {@code path} through {@code opener}, or empty (the channel closed) when it is not
     * plain UTF-8 text: binary, or UTF-16 by its BOM. Those are read whole instead.
     */
    static Optional<TextFile> open(Path path, FileOpener opener) throws IOException {
        FileChannel channel = opener.channel(path);
        try {
            Optional<TextFile> text = of(channel);
            if (text.isEmpty()) {
                channel.close();
            }
            return text;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The text of a channel already open (left open, also when it is not text). */
    static Optional<TextFile> of(FileChannel channel) throws IOException {
        long size = channel.size();
        byte[] head = MappedSearch.read(channel, 0, (int) Math.min(size, Decoder.BINARY_SNIFF_BYTES));
        if (Decoder.looksBinary(head) || Decoder.startsWith(head, 0xFF, 0xFE) || Decoder.startsWith(head, 0xFE, 0xFF)) {
            return Optional.empty();
        }
        return Optional.of(new TextFile(channel, size, Decoder.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
