package pilcrow.core.doc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a link points, as every front end follows it: an {@code #anchor} in the same document, a
 * URL with a scheme ({@code https:}, {@code mailto:}: shown, never opened), or a path relative to
 * the document, with an anchor or none. Percent escapes are decoded as a browser does.
 *
 * @param kind   which of the three
 * @param path   the document's path as written and decoded ("" for an anchor or a URL)
 * @param anchor the heading's slug ("" for none)
 */
public record LinkTarget(Kind kind, String path, String anchor) {

    public enum Kind { ANCHOR, EXTERNAL, DOCUMENT }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    public static LinkTarget of(String target) {
        if (target.startsWith("#")) {
            return new LinkTarget(Kind.ANCHOR, "", decoded(target.substring(1)));
        }
        if (SCHEME.matcher(target).find()) {
            return new LinkTarget(Kind.EXTERNAL, "", "");
        }
        int hash = target.indexOf('#');
        String path = (hash < 0 ? target : target.substring(0, hash)).replaceFirst("\\?.*", "");
        return new LinkTarget(Kind.DOCUMENT, decoded(path), hash < 0 ? "" : decoded(target.substring(hash + 1)));
    }

    /**
     * The URI to write in an OSC 8 hyperlink: only an http, https or mailto URL, every byte outside
     * printable ASCII (an escape, a space, a non-ASCII letter) percent-encoded, so nothing in it can
     * end the sequence or start another; empty for anything else.
     */
    public static Optional<String> hyperlink(String target) {
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("mailto:")) {
            return Optional.empty();
        }
        StringBuilder uri = new StringBuilder();
        for (byte b : target.getBytes(StandardCharsets.UTF_8)) {
            if (b > 0x20 && b < 0x7f) {
                uri.append((char) b);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return Optional.of(uri.toString());
    }

    /** Whether {@code candidate} is the document this link names, taken beside the document at {@code here}. */
    public boolean names(String here, String candidate) {
        Optional<Path> wanted = resolved(here);
        try {
            return wanted.isPresent() && Path.of(candidate).normalize().equals(wanted.get());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The path this link names, taken beside the document at {@code here}, or empty (an anchor, a
     * URL, a name no file can have). Beside an absolute path, it is absolute.
     */
    public Optional<String> resolvedFrom(String here) {
        return resolved(here).map(Path::toString);
    }

    private Optional<Path> resolved(String here) {
        try {
            return kind == Kind.DOCUMENT ? Optional.of(Path.of(here).resolveSibling(path).normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty(); // a name no file can have names no document
        }
    }

    /** {@code %20} and the like decoded; {@code +} stays (it is no space in a path). */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
