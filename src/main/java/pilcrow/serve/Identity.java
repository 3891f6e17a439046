package pilcrow.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a session belongs to: the public key it signed with, named by the key's comment in the
 * authorized-keys file when that is a usable name, else by the key's fingerprint. The name is also
 * the user's folder under {@code <data-dir>/users/}, so it is kept to letters, digits and
 * {@code . _ @ + -}, starts with a letter or digit, and never looks like another key's fingerprint
 * folder. Two keys with the same comment are one user (a person with a laptop and a desktop).
 *
 * @param fingerprint the key's SHA-256 fingerprint as OpenSSH prints it ({@code SHA256:...})
 * @param comment     the comment of the key's line in the authorized-keys file, or ""
 * @param name        the user's name: the folder for their bookmarks, positions and history
 */
public record Identity(String fingerprint, String comment, String name) {

    private static final Pattern USABLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");
    static final String FINGERPRINT_PREFIX = "sha256-";

    public static Identity of(String fingerprint, String comment) {
        String note = comment == null ? "" : comment.strip();
        return new Identity(fingerprint, note, folderName(fingerprint, note));
    }

    /**
     * The comment, lower-cased (folders must not differ only in case), when it is a usable name;
     * else {@code sha256-} and the fingerprint in URL-safe base64.
     */
    static String folderName(String fingerprint, String comment) {
        String lower = comment.toLowerCase(Locale.ROOT);
        if (USABLE_NAME.matcher(comment).matches() && !lower.startsWith(FINGERPRINT_PREFIX)) {
            return lower;
        }
        String digest = fingerprint.startsWith("SHA256:") ? fingerprint.substring("SHA256:".length()) : fingerprint;
        return FINGERPRINT_PREFIX + digest.replace('+', '-').replace('/', '_').replace("=", "");
    }

    /** For the log: the name, then the fingerprint and the comment when it differs from the name. */
    public String describe() {
        return comment.isEmpty() || comment.toLowerCase(Locale.ROOT).equals(name)
                ? name + " (" + fingerprint + ")"
                : name + " (" + fingerprint + ", \"" + comment + "\")";
    }
}
