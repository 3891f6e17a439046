package pilcrow.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import pilcrow.app.EditorCommand;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Paths;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.SourceLines;
import pilcrow.source.DocumentReader;
import pilcrow.source.MappedSearch;
import pilcrow.terminal.TerminalSession;

/**
 * {@code v} carried out on the local terminal: the user's editor ({@link EditorCommand}) at the
 * paragraph's line, the terminal handed over while it runs ({@link TerminalSession#runOutside}),
 * then the document read again through the session's {@link Paths}. Never under serve: a served
 * session's terminal is not this process's, and it gets a note instead.
 */
final class Editor {

    private Editor() {
    }

    static List<Msg> run(TerminalSession session, Effect.Edit edit, Map<String, String> environment, Paths paths) {
        if (!session.isOwnTerminal()) {
            return List.of(new Msg.Notice(FullScreenReader.NO_EDITOR));
        }
        List<String> argv = EditorCommand.argv(environment.get("VISUAL"), environment.get("EDITOR"),
                lineOf(edit, paths), edit.path());
        try {
            session.runOutside(argv);
        } catch (IOException e) {
            return List.of(new Msg.Notice("cannot run " + argv.get(0) + ": " + DocumentReader.reasonFor(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        return List.of(new Msg.Edited(edit.path(), paths.reread(edit.path())));
    }

    /**
     * The line the paragraph starts on: a large file's by counting line ends up to its byte offset,
     * one in memory by finding its opening words again ({@link SourceLines}); 1 when neither can tell.
     */
    static int lineOf(Effect.Edit edit, Paths paths) {
        Path file = Path.of(edit.path());
        try {
            if (edit.byteOffset() >= 0) {
                return linesBefore(file, edit.byteOffset()) + 1;
            }
            if (edit.paragraph() < 1 || Files.size(file) >= MappedSearch.THRESHOLD) {
                return 1;
            }
            Document document = paths.reread(edit.path()).document();
            if (document == null) {
                return 1;
            }
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
            return SourceLines.lineOf(text, document, edit.paragraph());
        } catch (IOException | RuntimeException e) {
            return 1; // the editor still opens the file, at its top
        }
    }

    /** The line ends in the first {@code end} bytes of {@code file}. */
    static int linesBefore(Path file, long end) throws IOException {
        int lines = 0;
        byte[] buffer = new byte[64 * 1024];
        long left = end;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                left -= read;
            }
        }
        return lines;
    }
}
