package pilcrow.source;

import java.io.IOException;
import java.io.InputStream;

/** Standard input (the path {@code -}), read once. */
public record StreamSource(InputStream in) implements DocumentSource {

    /** How standard input is named to the user (and keyed by the reader). */
    public static final String NAME = "(standard input)";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "standard input";
    }

    @Override
    public InputStream openRaw() {
        return new NonClosingInputStream(in);
    }

    @Override
    public long size() {
        return -1;
    }

    /** Standard input belongs to the process; reading a document must not close it. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            // left open on purpose
        }
    }
}
