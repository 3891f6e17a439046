package pilcrow.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import pilcrow.app.AppState;
import pilcrow.app.Size;
import pilcrow.core.doc.Document;
import pilcrow.library.LibraryDocument;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;
import pilcrow.source.LoadResult;

/** Documents and states that many tests start from. */
public final class Fixtures {

    public static final Path SEED = Path.of("seeds", "000_36299a940e0d7905.txt");

    private Fixtures() {
    }

    public static Document seed() {
        return load(FileSource.of(SEED));
    }

    /** A Markdown guide in sections: the title, then ¶1 prose, ¶2 "Install", ¶3, ¶4 "From source", ¶5, ¶6 "Use", ¶7. */
    public static Document guide() {
        return document("guide.md", GUIDE);
    }

    /** The text of {@link #guide()}. */
    public static final String GUIDE = """
                # Guide

                An introduction.

                ## Install

                Get it.

                ### From source

                Build it.

                ## Use

                Read with it.
                """;

    /** A document made from text, as if read from a file called {@code name}. */
    public static Document document(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return load(new InMemorySource(name, bytes));
    }

    public static Document load(DocumentSource source) {
        LoadResult result = DocumentReader.read(source);
        if (result instanceof LoadResult.Loaded loaded) {
            return loaded.document();
        }
        throw new AssertionError("could not load " + source.name() + ": " + result);
    }

    public static AppState state(Size size, Document... documents) {
        return AppState.initial("test", List.of(documents).stream().map(LibraryDocument::of).toList(), size);
    }

    /** Bytes in memory with a file name, for documents written inline in tests. */
    public record InMemorySource(String name, byte[] bytes) implements DocumentSource {
        @Override
        public String fileName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        @Override
        public java.io.InputStream openRaw() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public long size() {
            return bytes.length;
        }
    }

}
