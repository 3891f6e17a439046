package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityTest {

    static final String FP = "SHA256:g4zA+K4ZnAC6aDEy57rrRx6ysnUaAY4/Ld+T4dhyfRc";
    static final String FP_FOLDER = "sha256-g4zA-K4ZnAC6aDEy57rrRx6ysnUaAY4_Ld-T4dhyfRc";

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Alice", "root@localhost", "", "..", "../../etc", "a/b", "\u001b[31mred",
        "sha256-abc"})
    void aKeyFromTheFileIsItsFingerprintWhateverItsComment(String comment) {
        Identity identity = Identity.ofKey(FP, comment);
        assertThat(identity.name()).isEqualTo(FP_FOLDER);
        assertThat(identity.comment()).isEqualTo(comment.strip());
    }

    @Test
    void aKeysFolderUserIsNamedByTheFileInLowerCase() {
        assertThat(Identity.ofUser("Alice", FP, "bob")).get().extracting(Identity::name).isEqualTo("alice");
        assertThat(Identity.ofUser("carol.smith-2", FP, "")).get().extracting(Identity::name).isEqualTo("carol.smith-2");
        assertThat(Identity.ofUser("a".repeat(64), FP, "")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".hidden", "a/b", "two words", "\u001b[31mred", "sha256-abc",
        "SHA256-imposter", "caf\u00e9", "-dash", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aUserNameThatCannotBeAFolderIsNoUser(String user) {
        assertThat(Identity.ofUser(user, FP, "")).isEmpty();
    }

    @Test
    void theOldCommentFolderIsTheUsableLowerCasedComment() {
        assertThat(Identity.ofKey(FP, "Alice").commentFolder()).contains("alice");
        assertThat(Identity.ofKey(FP, "two words").commentFolder()).isEmpty();
        assertThat(Identity.ofKey(FP, "sha256-x").commentFolder()).isEmpty();
    }

    @Test
    void theUsersFolderIsUnderUsersAndNowhereElse() {
        Path data = Path.of("/srv/pilcrow");
        assertThat(ReaderServer.userFolder(data, Identity.ofKey(FP, "alice")))
                .isEqualTo(Path.of("/srv/pilcrow/users/" + FP_FOLDER));
        assertThatThrownBy(() -> ReaderServer.userFolder(data, new Identity(FP, "", "../x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLogDescriptionHasNameFingerprintAndTheCommentSanitisedAndCut() {
        assertThat(Identity.ofKey(FP, "").describe()).isEqualTo(FP_FOLDER + " (" + FP + ")");
        assertThat(Identity.ofKey(FP, "two words").describe()).contains(FP, "\"two words\"");
        String hostile = Identity.ofKey(FP, "\u001b]0;owned\u0007" + "x".repeat(10_000)).describe();
        assertThat(hostile).doesNotContain("\u001b", "\u0007").hasSizeLessThan(300);
    }
}
