package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityTest {

    static final String FP = "SHA256:g4zA+K4ZnAC6aDEy57rrRx6ysnUaAY4/Ld+T4dhyfRc";

    @Test
    void aPlainCommentNamesTheUserInLowerCase() {
        assertThat(Identity.of(FP, "Alice").name()).isEqualTo("alice");
        assertThat(Identity.of(FP, "bob@laptop").name()).isEqualTo("bob@laptop");
        assertThat(Identity.of(FP, "  carol.smith-2  ").name()).isEqualTo("carol.smith-2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".hidden", "../../etc", "a/b", "two words", "\u001b[31mred", "sha256-abc",
        "SHA256-imposter", "caf\u00e9", "-dash"})
    void anyOtherCommentFallsBackToTheFingerprint(String comment) {
        assertThat(Identity.of(FP, comment).name())
                .isEqualTo("sha256-g4zA-K4ZnAC6aDEy57rrRx6ysnUaAY4_Ld-T4dhyfRc");
    }

    @Test
    void aCommentLongerThanAFolderNameShouldBeFallsBack() {
        assertThat(Identity.of(FP, "a".repeat(65)).name()).startsWith("sha256-");
        assertThat(Identity.of(FP, "a".repeat(64)).name()).isEqualTo("a".repeat(64));
    }

    @Test
    void theUsersFolderIsUnderUsersAndNowhereElse() {
        Path data = Path.of("/srv/pilcrow");
        assertThat(ReaderServer.userFolder(data, Identity.of(FP, "alice"))).isEqualTo(Path.of("/srv/pilcrow/users/alice"));
        assertThatThrownBy(() -> ReaderServer.userFolder(data, new Identity(FP, "", "../x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLogDescriptionHasNameFingerprintAndADifferentComment() {
        assertThat(Identity.of(FP, "alice").describe()).isEqualTo("alice (" + FP + ")");
        assertThat(Identity.of(FP, "two words").describe()).contains(FP, "\"two words\"");
    }
}
