package pilcrow.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.function.Predicate;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import pilcrow.core.text.Sanitizer;

/**
 * The keys allowed in, from an OpenSSH authorized-keys file that the operator names (each key its
 * own user), or from a keys folder (one file per key, the file naming the user); read again
 * whenever a file changes (its size, time or identity), so adding or removing a user needs no
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
    private static final String PUB = ".pub";

    private record Known(PublicKey key, Identity identity, String where, Path file) {}

    /** What a change is seen by; {@code readable} too, as chmod changes none of the rest. */
    private record Stamp(String name, Object fileKey, FileTime modified, long size, boolean readable) {}

    private final Path path;
    private final boolean isFolder;
    private final Consumer<String> log;
    private final Predicate<Path> readable;
    private List<Known> known = List.of();
    /**
     * A keys folder's keys whose file cannot be read now, as last read: they let no one new in,
     * and their live sessions go on (as when the one file cannot be read).
     */
    private List<Known> suspended = List.of();
    private Object stamp;

    /**
     * Reads the authorized-keys file once now: every key is its own user.
     *
     * @param log where to report skipped lines and a file that cannot be read (one line each)
     * @throws IOException when the file cannot be read at start: better to refuse to start than to
     *     serve nobody without saying why
     */
    AuthorizedKeys(Path file, Consumer<String> log) throws IOException {
        this(file, false, log, AuthorizedKeys::canRead);
    }

    /** @param readable whether the server's account can read the file now (a test answers for the OS) */
    AuthorizedKeys(Path file, Consumer<String> log, Predicate<Path> readable) throws IOException {
        this(file, false, log, readable);
    }

    /**
     * Reads a keys folder once now: one file per key, {@code NAME.pub} or {@code NAME@anything.pub}
     * (as gitolite's keydir), every key in NAME's files being the user NAME. Other files are not
     * keys (a README, an editor's backup) and are passed over.
     */
    static AuthorizedKeys folder(Path dir, Consumer<String> log) throws IOException {
        return folder(dir, log, AuthorizedKeys::canRead);
    }

    /** @param readable whether the server's account can read a file now (a test answers for the OS) */
    static AuthorizedKeys folder(Path dir, Consumer<String> log, Predicate<Path> readable) throws IOException {
        return new AuthorizedKeys(dir, true, log, readable);
    }

    private AuthorizedKeys(Path path, boolean isFolder, Consumer<String> log, Predicate<Path> readable)
            throws IOException {
        this.path = path;
        this.isFolder = isFolder;
        this.log = log;
        this.readable = readable;
        Object first = stampNow();
        known = readNow();
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

    /** Whether a file read now (a readable one) no longer lists {@code key}: its sessions must end. */
    synchronized boolean revoked(PublicKey key) {
        refresh();
        if (stamp == null) {
            return false; // unreadable: new logins wait, live sessions go on
        }
        for (Known entry : suspended) {
            if (KeyUtils.compareKeys(entry.key(), key)) {
                return false; // its file cannot be read now: no new login, the live session goes on
            }
        }
        for (Known entry : known) {
            if (KeyUtils.compareKeys(entry.key(), key)) {
                return false;
            }
        }
        return true;
    }

    synchronized int size() {
        refresh();
        return known.size();
    }

    /** Every listed key's identity, in the file's order. */
    synchronized List<Identity> identities() {
        refresh();
        return known.stream().map(Known::identity).toList();
    }

    /** Whether users are named by the operator (a keys folder) rather than by their key. */
    boolean namesUsers() {
        return isFolder;
    }

    private void refresh() {
        try {
            // chmod 000 changes neither time, size nor inode: asked at every look, not only on change.
            // (A keys folder's files are read when one of them changes.)
            if (!isFolder && !readable.test(path)) {
                throw new IOException("permission denied");
            }
            Object now = stampNow();
            if (!now.equals(stamp)) {
                known = readNow();
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

    private Object stampNow() throws IOException {
        if (!isFolder) {
            return stampOf(path);
        }
        // A key added, removed or edited changes one entry; the folder's own time is not enough
        // (an edit in place leaves it alone). A file made unreadable (chmod 000) changes only its
        // readability, so that is asked at every look too, as for the one file.
        List<Stamp> stamps = new ArrayList<>();
        stamps.add(stampOf(path));
        for (Path file : keyFiles(path)) {
            Stamp stamp = stampOf(file);
            stamps.add(readable.test(file) ? stamp : new Stamp(stamp.name(), stamp.fileKey(), stamp.modified(),
                    stamp.size(), false));
        }
        return stamps;
    }

    private List<Known> readNow() throws IOException {
        return isFolder ? readFolder() : read(path, log);
    }

    /** Whether the file opens for reading now (root reads a mode-000 file, as OpenSSH's sshd would). */
    static boolean canRead(Path file) {
        try (SeekableByteChannel opened = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Stamp stampOf(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(String.valueOf(file.getFileName()), attributes.fileKey(), attributes.lastModifiedTime(),
                attributes.size(), true);
    }

    static List<Known> read(Path file, Consumer<String> log) throws IOException {
        List<Known> keys = parse(Files.readAllLines(file, StandardCharsets.UTF_8), file, log,
                (fingerprint, comment) -> Optional.of(Identity.ofKey(fingerprint, comment)));
        warnOfSharedComments(keys, log);
        return keys;
    }

    /** The folder's {@code *.pub} files, sorted, so the first file listing a key decides its user. */
    private static List<Path> keyFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(PUB)).sorted().toList();
        }
    }

    /**
     * The folder's keys; a key file that cannot be read keeps its keys as last read, in
     * {@link #suspended}: they let no one new in, and their sessions go on.
     */
    private List<Known> readFolder() throws IOException {
        List<Known> keys = new ArrayList<>();
        List<Known> unreadable = new ArrayList<>();
        List<Known> before = new ArrayList<>(known);
        before.addAll(suspended);
        for (Path file : keyFiles(path)) {
            String fileName = file.getFileName().toString();
            String user = userOf(fileName);
            if (!Identity.usableName(user)) {
                log.accept(Sanitizer.line(fileName) + ": skipped, the name is not a user's "
                        + "(NAME.pub or NAME@anything.pub; NAME of letters, digits and . _ + -)");
                continue;
            }
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String> lines = null;
            try {
                lines = readable.test(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                // told below, as an unreadable one
            }
            if (lines == null) {
                before.stream().filter(k -> k.file().equals(file)).forEach(unreadable::add);
                log.accept(Sanitizer.line(fileName) + ": cannot be read: its keys let no one new in until it can "
                        + "(sessions open go on)");
                continue;
            }
            for (Known key : parse(lines, file, log, (fingerprint, comment) -> Identity.ofUser(user, fingerprint, comment))) {
                if (keys.stream().anyMatch(k -> KeyUtils.compareKeys(k.key(), key.key()))) {
                    log.accept(key.where() + ": skipped, the same key is listed for another user before it");
                } else {
                    keys.add(key);
                }
            }
        }
        suspended = List.copyOf(unreadable);
        return List.copyOf(keys);
    }

    /** {@code alice.pub} and {@code alice@laptop.pub} are alice's (gitolite's keydir convention). */
    static String userOf(String fileName) {
        String base = fileName.substring(0, fileName.length() - PUB.length());
        int at = base.indexOf('@');
        return at < 0 ? base : base.substring(0, at);
    }

    private interface Namer {
        Optional<Identity> identity(String fingerprint, String comment);
    }

    private static List<Known> parse(List<String> lines, Path file, Consumer<String> log, Namer namer) {
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
                namer.identity(KeyUtils.getFingerPrint(key), comment)
                        .ifPresent(identity -> keys.add(new Known(key, identity, where, file)));
            } catch (Exception e) {
                log.accept(where + ": skipped, not a public key we can read");
            }
        }
        return List.copyOf(keys);
    }

    /**
     * Two keys with one comment used to share a folder (two default {@code root@localhost} comments,
     * or a key made with another user's name): now each is its own user, which the operator should
     * know, as it is where their data went before.
     */
    private static void warnOfSharedComments(List<Known> keys, Consumer<String> log) {
        Map<String, List<String>> linesByComment = new LinkedHashMap<>();
        for (Known key : keys) {
            String comment = key.identity().comment().toLowerCase(Locale.ROOT);
            if (!comment.isEmpty()) {
                linesByComment.computeIfAbsent(comment, c -> new ArrayList<>()).add(key.where());
            }
        }
        linesByComment.forEach((comment, where) -> {
            if (where.size() > 1) {
                log.accept(String.join(", ", where) + ": keys share the comment \""
                        + Sanitizer.line(cut(comment)) + "\"; each is its own user "
                        + "(to make them one user, use a keys folder: --keys-dir)");
            }
        });
    }

    private static String cut(String text) {
        return text.length() <= Identity.SHOWN_COMMENT ? text : text.substring(0, Identity.SHOWN_COMMENT) + "...";
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
