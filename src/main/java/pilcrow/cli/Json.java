package pilcrow.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Arrays;
import pilcrow.core.text.Sanitizer;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;

/**
 * The one JSON configuration of the command line: readable, with non-ASCII text kept as it is, and
 * safe to print on a terminal. Strings are carried as they are (a file name with a newline is that
 * name); what a terminal would act on is written as a {@code \}{@code uXXXX} escape, which a JSON
 * reader turns back into the same character.
 */
final class Json {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

    private Json() {
    }

    /** Indented, for a whole answer ({@code list}, {@code show}, {@code bookmarks export}). */
    static String pretty(JsonElement element) {
        return terminalSafe(PRETTY.toJson(element));
    }

    /** On one line, for output of one object a line ({@code find --json}). */
    static String line(JsonElement element) {
        return terminalSafe(COMPACT.toJson(element));
    }

    /**
     * Gson escapes C0 controls but writes C1 controls, DEL, bidirectional controls and lone
     * surrogates as they are. Any such character in its output is inside a string (JSON's own
     * syntax is ASCII), so it is replaced there by its escape: the same string, nothing raw.
     */
    static String terminalSafe(String json) {
        if (Sanitizer.isClean(json, true) && json.indexOf('\uFEFF') < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); ) {
            int cp = json.codePointAt(i);
            int length = Character.charCount(cp);
            String character = json.substring(i, i + length);
            if (cp == '\n' || (cp != '\uFEFF' && Sanitizer.text(character).equals(character))) {
                out.append(character);
            } else {
                for (char unit : character.toCharArray()) {
                    out.append(String.format("\\u%04x", (int) unit));
                }
            }
            i += length;
        }
        return out.toString();
    }

    /**
     * Adds {@code path}, the name as it is, and for a file whose name is not valid UTF-8 (which
     * the name shows with U+FFFD) {@code pathUri}: a file URI of the absolute path whose
     * percent-escapes are the name's bytes, exactly.
     */
    static void addPath(JsonObject row, DocumentSource source) {
        row.addProperty("path", source.name());
        if (source instanceof FileSource file) {
            String uri = uriIfNotUtf8(file.path());
            if (uri != null) {
                row.addProperty("pathUri", uri);
            }
        }
    }

    /**
     * The path's file URI when its bytes are not the UTF-8 of its name; otherwise null, and null
     * for a path that is not on the default file system (a resource inside the jar).
     */
    static String uriIfNotUtf8(Path path) {
        if (path.getFileSystem() != FileSystems.getDefault()) {
            // A document inside the jar (the bundled seeds): its name is its resource name, whole.
            return null;
        }
        try {
            Path absolute = path.toAbsolutePath();
            // On Unix a Path keeps the bytes it was made from; its URI escapes each of them.
            URI uri = absolute.toUri();
            byte[] named = absolute.toString().getBytes(StandardCharsets.UTF_8);
            byte[] real = percentDecoded(uri.getRawPath());
            boolean directorySlash = real.length == named.length + 1 && real[real.length - 1] == '/';
            if (Arrays.equals(named, directorySlash ? Arrays.copyOf(real, named.length) : real)) {
                return null;
            }
            return uri.toASCIIString();
        } catch (IOError | SecurityException e) {
            return null; // no working directory to make it absolute: the name is all there is
        }
    }

    private static byte[] percentDecoded(String raw) {
        byte[] ascii = raw.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[ascii.length];
        int length = 0;
        for (int i = 0; i < ascii.length; i++) {
            if (ascii[i] == '%' && i + 2 < ascii.length) {
                out[length++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                out[length++] = ascii[i];
            }
        }
        return Arrays.copyOf(out, length);
    }
}
