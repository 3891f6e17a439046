package pilcrow.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import pilcrow.core.text.Sanitizer;

/**
 * Moving data from the folders an older version named after a key's comment
 * ({@code users/alice}) to the folder of the key itself ({@code users/sha256-...}).
 */
final class UserFolders {

    /** In {@code users/}: written once the comment folders were dealt with (a user's name never starts with a dot). */
    static final String MARKER = ".comment-folders";

    private UserFolders() {
    }

    /**
     * At a server's start: the comment folders are adopted once per data folder, at the first start
     * with {@code --authorized-keys}, and never in one a {@code --keys-dir} server has used (its
     * {@code users/NAME} folders are the keys folder's users, not comments). At every later start a
     * folder left then stays, whatever keys there are now: adopted later, a folder left because two
     * keys shared its comment would go to whichever is left, perhaps an impostor's
     * {@code ssh-keygen -C carol}. {@link #MARKER} records which it was.
     *
     * @param keysFolder whether the users are named by a keys folder ({@code --keys-dir})
     */
    static void atStart(Path users, boolean keysFolder, List<Identity> identities, Consumer<String> log) {
        Path marker = users.resolve(MARKER);
        Optional<String> earlier = markerText(marker);
        if (earlier.isEmpty()) {
            if (!keysFolder) {
                adoptCommentFolders(users, identities, log);
            }
            writeMarker(marker, keysFolder ? USED_WITH_KEYS_DIR : ADOPTED, log);
        } else if (!keysFolder) {
            String why = earlier.get().startsWith(USED_WITH_KEYS_DIR)
                    ? "this data folder was used with --keys-dir, where it is that keys folder's user"
                    : "comment folders are adopted once, at the first start, and this one was left then";
            commentFoldersOf(users, identities).keySet().forEach(
                    name -> log.accept("users/" + Sanitizer.line(name) + " left in place: " + why));
        }
    }

    static final String USED_WITH_KEYS_DIR = "used with --keys-dir: comment folders are never adopted";
    static final String ADOPTED = "comment folders adopted";

    /** What the marker says, or empty when there is none; one that cannot be read counts as there. */
    private static Optional<String> markerText(Path marker) {
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(marker, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.of("");
        }
    }

    private static void writeMarker(Path marker, String text, Consumer<String> log) {
        try {
            FileAttribute<?>[] privately = Files.getFileStore(marker.getParent()).supportsFileAttributeView("posix")
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            try (SeekableByteChannel out = Files.newByteChannel(marker,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), privately)) {
                out.write(ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            log.accept("cannot write users/" + MARKER + " (" + Sanitizer.line(String.valueOf(e.getMessage()))
                    + "): the comment folders are looked at again at the next start");
        }
    }

    /** The existing folders in {@code users} named after a listed key's comment, with the keys carrying it. */
    private static Map<String, List<Identity>> commentFoldersOf(Path users, List<Identity> identities) {
        Map<String, List<Identity>> byCommentFolder = new LinkedHashMap<>();
        for (Identity identity : identities) {
            identity.commentFolder().filter(name -> Files.isDirectory(users.resolve(name), LinkOption.NOFOLLOW_LINKS))
                    .ifPresent(name -> byCommentFolder.computeIfAbsent(name, n -> new ArrayList<>()).add(identity));
        }
        return byCommentFolder;
    }

    /**
     * For each comment folder in {@code users}: when exactly one listed key carries that comment,
     * the folder becomes that key's (unless the key already has one); otherwise it is left in place
     * and the log names it, as it cannot be known whose it is (two keys commented
     * {@code root@localhost} shared one).
     */
    static void adoptCommentFolders(Path users, List<Identity> identities, Consumer<String> log) {
        commentFoldersOf(users, identities).forEach((name, carriers) -> adopt(users.resolve(name), carriers, users, log));
    }

    private static void adopt(Path old, List<Identity> carriers, Path users, Consumer<String> log) {
        String oldName = "users/" + Sanitizer.line(old.getFileName().toString());
        if (carriers.size() > 1) {
            log.accept(oldName + " left in place: " + carriers.size() + " keys carry that comment, "
                    + "so whose it is cannot be known (move it to users/sha256-... of the right key by hand)");
            return;
        }
        Identity owner = carriers.get(0);
        Path target = users.resolve(owner.name());
        if (Files.exists(target)) {
            log.accept(oldName + " left in place: the key " + owner.fingerprint() + " already has users/"
                    + owner.name());
            return;
        }
        try {
            Files.move(old, target);
            log.accept("moved " + oldName + " to users/" + owner.name() + ", the folder of the one key with that comment");
        } catch (IOException e) {
            log.accept(oldName + " left in place: cannot move it to users/" + owner.name() + " ("
                    + Sanitizer.line(String.valueOf(e.getMessage())) + ")");
        }
    }
}
