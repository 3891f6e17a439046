package pilcrow.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import pilcrow.core.text.Sanitizer;

/**
 * Moving data from the folders an older version named after a key's comment
 * ({@code users/alice}) to the folder of the key itself ({@code users/sha256-...}).
 */
final class UserFolders {

    private UserFolders() {
    }

    /**
     * For each comment folder in {@code users}: when exactly one listed key carries that comment,
     * the folder becomes that key's (unless the key already has one); otherwise it is left in place
     * and the log names it, as it cannot be known whose it is (two keys commented
     * {@code root@localhost} shared one).
     */
    static void adoptCommentFolders(Path users, List<Identity> identities, Consumer<String> log) {
        Map<String, List<Identity>> byCommentFolder = new LinkedHashMap<>();
        for (Identity identity : identities) {
            Optional<String> old = identity.commentFolder();
            old.ifPresent(name -> byCommentFolder.computeIfAbsent(name, n -> new ArrayList<>()).add(identity));
        }
        byCommentFolder.forEach((name, carriers) -> {
            Path old = users.resolve(name);
            if (Files.isDirectory(old)) {
                adopt(old, carriers, users, log);
            }
        });
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
