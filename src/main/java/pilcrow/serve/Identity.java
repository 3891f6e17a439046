package pilcrow.serve;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import pilcrow.core.text.Sanitizer;

/**
 * Who a session belongs to: the public key it signed with. The name is the user's folder under
 * {@code <data-dir>/users/}. With an authorized-keys file it is the key's fingerprint
 * ({@code sha256-...}): a comment is written by the key's owner ({@code ssh-keygen -C alice}), so
 * it can never choose whose bookmarks a key opens. With a keys folder the operator names the user
 * (the file {@code NAME.pub} or {@code NAME@anything.pub}), so several keys can be one user. The
 * comment is a display name only, for the log.
 *
 * @param fingerprint the key's SHA-256 fingerprint as OpenSSH prints it ({@code SHA256:...})
 * @param comment     the comment of the key's line, or "" (as written: sanitise it to show it)
 * @param name        the user's name: the folder for their bookmarks, positions and history
 */
public record Identity(String fingerprint, String comment, String name) {

    private static final Pattern USABLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");
    static final String FINGERPRINT_PREFIX = "sha256-";
    /** A comment shown in the log is cut here: the key's owner wrote it. */
    static final int SHOWN_COMMENT = 64;

    /** A key from an authorized-keys file: the user is the key. */
    public static Identity ofKey(String fingerprint, String comment) {
        return new Identity(fingerprint, strip(comment), fingerprintFolder(fingerprint));
    }

    /**
     * A key from a keys folder, in the file for {@code user}; empty when the user's name cannot be a
     * folder name (or could pass for a key's fingerprint folder).
     */
    public static Optional<Identity> ofUser(String user, String fingerprint, String comment) {
        return usableName(user)
                ? Optional.of(new Identity(fingerprint, strip(comment), user.toLowerCase(Locale.ROOT)))
                : Optional.empty();
    }

    /**
     * The folder an older version named after this key's comment (lower-cased, when usable as a
     * folder name), or empty: where this key's data may still be.
     */
    Optional<String> commentFolder() {
        return usableName(comment) ? Optional.of(comment.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Letters, digits and {@code . _ @ + -}, from a letter or digit, and not {@code sha256-...}. */
    static boolean usableName(String name) {
        return USABLE_NAME.matcher(name).matches() && !name.toLowerCase(Locale.ROOT).startsWith(FINGERPRINT_PREFIX);
    }

    /** {@code sha256-} and the fingerprint in URL-safe base64: a folder name no comment can choose. */
    static String fingerprintFolder(String fingerprint) {
        String digest = fingerprint.startsWith("SHA256:") ? fingerprint.substring("SHA256:".length()) : fingerprint;
        return FINGERPRINT_PREFIX + digest.replace('+', '-').replace('/', '_').replace("=", "");
    }

    /** The comment as the log may show it: sanitised and cut. */
    public String shownComment() {
        String line = Sanitizer.line(comment);
        return line.length() <= SHOWN_COMMENT ? line : line.substring(0, SHOWN_COMMENT) + "...";
    }

    /** For the log: the name, then the fingerprint and the comment (when there is one). */
    public String describe() {
        return comment.isEmpty()
                ? name + " (" + fingerprint + ")"
                : name + " (" + fingerprint + ", \"" + shownComment() + "\")";
    }

    private static String strip(String comment) {
        return comment == null ? "" : comment.strip();
    }
}
