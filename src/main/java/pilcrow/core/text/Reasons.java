package pilcrow.core.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * An I/O failure in a few lower-case words, worded as a shell words it ("permission denied"), for
 * a line that begins "cannot open FILE: ". Not sanitised: a caller's line goes through
 * {@link Sanitizer} as every line does.
 */
public final class Reasons {

    private Reasons() {
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        // "No space left on device" from a write reads as the others; a Java exception says its name.
        String message = e.getMessage();
        if (message == null || message.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        String line = message.lines().findFirst().orElse(message);
        return line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
    }
}
