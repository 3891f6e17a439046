package pilcrow.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import java.util.Set;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The server's host key: ed25519 in OpenSSH format, made on first start and reused after. It is
 * written to a temporary file that is created with mode 0600 (never readable by others, not even
 * for a moment), forced to disk and renamed into place. A key file that others can read is refused,
 * as OpenSSH's sshd does.
 */
final class HostKey {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private HostKey() {
    }

    /** @param log told when a new key is made */
    static KeyPair loadOrCreate(Path file, java.util.function.Consumer<String> log)
            throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            create(file);
            log.accept("made a new ed25519 host key in " + file);
        }
        refuseIfOthersCanRead(file);
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in, null);
            Iterator<KeyPair> first = pairs == null ? null : pairs.iterator();
            if (first != null && first.hasNext()) {
                return first.next();
            }
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // The parsers' messages can quote the file's content, which is the private key: the
            // operator gets the file's name and what to do, never the bytes.
            throw new IOException(unreadable(file));
        }
        throw new IOException(unreadable(file));
    }

    private static String unreadable(Path file) {
        return "the host key " + file + " cannot be read (not an OpenSSH or PEM private key without a "
                + "passphrase, or damaged): move it away to make a new one, or give another with --host-key";
    }

    /** The key's type as ssh-keygen shows it: ED25519, RSA, ECDSA. */
    static String typeName(KeyPair pair) {
        String type = String.valueOf(KeyUtils.getKeyType(pair.getPublic()));
        if (type.equals(KeyPairProvider.SSH_RSA)) {
            return "RSA";
        }
        if (type.equals(KeyPairProvider.SSH_ED25519)) {
            return "ED25519";
        }
        return type.startsWith("ecdsa-") ? "ECDSA" : type.toUpperCase(java.util.Locale.ROOT);
    }

    static String fingerprint(KeyPair pair) {
        return KeyUtils.getFingerPrint(pair.getPublic());
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        KeyPair pair = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
        Path temp = posix
                ? Files.createTempFile(dir, ".host-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".host-key", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "pilcrow serve host key",
                        null, out);
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                // Not REPLACE_EXISTING: a key that appeared meanwhile (another start) is kept.
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
        } catch (FileAlreadyExistsException someoneElse) {
            // another server made it first: use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void refuseIfOthersCanRead(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        for (PosixFilePermission p : permissions) {
            if (!OWNER_ONLY.contains(p) && p != PosixFilePermission.OWNER_EXECUTE) {
                throw new IOException("the host key " + file + " can be read or changed by others (chmod 600 it)");
            }
        }
    }
}
