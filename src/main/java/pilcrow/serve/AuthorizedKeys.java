package pilcrow.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import pilcrow.core.text.Sanitizer;

/**
 * The keys allowed in, from an OpenSSH authorized-keys file that the operator names; read again
 * whenever the file changes (its size, time or identity), so adding or removing a user needs no
 * restart.
 *
 * <p>Accepted: ed25519, ECDSA, RSA of 2048 bits or more, and their FIDO (sk-) forms. A line with
 * another key type, or with an option this server does not carry out ({@code from=},
 * {@code command=}, {@code expiry-time=}...), is skipped and reported: ignoring such an option would
 * let in more than the operator meant. Options that forbid what this server never offers anyway
 * ({@code restrict}, {@code no-port-forwarding}...) are fine. A file that cannot be read lets no one
 * in until it can (it fails closed). Thread-safe.
 */
final class AuthorizedKeys {

    /** Options that only forbid things pilcrow serve never does. */
    private static final Set<String> HARMLESS_OPTIONS = Set.of("restrict", "no-port-forwarding",
            "no-agent-forwarding", "no-x11-forwarding", "no-user-rc");
    private static final int MIN_RSA_BITS = 2048;

    private record Known(PublicKey key, Identity identity) {}

    private record Stamp(Object fileKey, FileTime modified, long size) {}

    private final Path file;
    private final Consumer<String> log;
    private List<Known> known = List.of();
    private Stamp stamp;

    /**
     * Reads the file once now.
     *
     * @param log where to report skipped lines and a file that cannot be read (one line each)
     * @throws IOException when the file cannot be read at start: better to refuse to start than to
     *     serve nobody without saying why
     */
    AuthorizedKeys(Path file, Consumer<String> log) throws IOException {
        this.file = file;
        this.log = log;
        Stamp first = stampOf(file);
        known = read(file, log);
        stamp = first;
    }

    /** The identity of {@code key} when the file (as of now) lists it. */
    synchronized Optional<Identity> identify(PublicKey key) {
        refresh();
        for (Known entry : known) {
            if (KeyUtils.compareKeys(entry.key(), key)) {
                return Optional.of(entry.identity());
            }
        }
        return Optional.empty();
    }

    synchronized int size() {
        refresh();
        return known.size();
    }

    private void refresh() {
        try {
            Stamp now = stampOf(file);
            if (!now.equals(stamp)) {
                known = read(file, log);
                stamp = now;
                log.accept("authorized keys read again: " + known.size() + " keys");
            }
        } catch (IOException e) {
            if (stamp != null || !known.isEmpty()) {
                log.accept("cannot read the authorized keys (" + Sanitizer.line(String.valueOf(e.getMessage()))
                        + "): no one can log in until it can be read");
            }
            known = List.of();
            stamp = null;
        }
    }

    private static Stamp stampOf(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
    }

    static List<Known> read(Path file, Consumer<String> log) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Known> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = Sanitizer.line(file.getFileName() + ":" + (i + 1));
            try {
                AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
                String refused = refusedOption(entry);
                if (refused != null) {
                    log.accept(where + ": skipped, the option " + Sanitizer.line(refused) + " is not supported");
                    continue;
                }
                PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
                String problem = unacceptable(key);
                if (problem != null) {
                    log.accept(where + ": skipped, " + problem);
                    continue;
                }
                String comment = entry.getComment() == null ? "" : entry.getComment();
                keys.add(new Known(key, Identity.of(KeyUtils.getFingerPrint(key), comment)));
            } catch (Exception e) {
                log.accept(where + ": skipped, not a public key we can read");
            }
        }
        return List.copyOf(keys);
    }

    private static String refusedOption(AuthorizedKeyEntry entry) {
        if (entry.getLoginOptions() == null) {
            return null;
        }
        for (String option : entry.getLoginOptions().keySet()) {
            if (!HARMLESS_OPTIONS.contains(option.toLowerCase(Locale.ROOT))) {
                return option;
            }
        }
        return null;
    }

    /** Why the key is not good enough, or null. */
    static String unacceptable(PublicKey key) {
        String type = KeyUtils.getKeyType(key);
        if (type == null) {
            return "an unknown key type";
        }
        if (type.equals("ssh-rsa")) {
            if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                return "an RSA key shorter than " + MIN_RSA_BITS + " bits";
            }
            return null;
        }
        if (type.equals("ssh-ed25519") || type.startsWith("ecdsa-sha2-") || type.startsWith("sk-")) {
            return null;
        }
        return "the key type " + Sanitizer.line(type) + " is not accepted";
    }
}
