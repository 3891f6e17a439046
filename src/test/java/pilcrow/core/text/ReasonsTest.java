package pilcrow.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ReasonsTest {

    @Test
    void theFileSystemsFailuresReadAsAShellSaysThem() {
        assertThat(Reasons.of(new AccessDeniedException("/x"))).isEqualTo("permission denied");
        assertThat(Reasons.of(new NoSuchFileException("/x"))).isEqualTo("no such file or directory");
        assertThat(Reasons.of(new FileSystemLoopException("/x"))).isEqualTo("symbolic link loop");
        assertThat(Reasons.of(new FileAlreadyExistsException("/x"))).isEqualTo("a file is in the way");
        assertThat(Reasons.of(new FileSystemException("/x", null, "Is a directory"))).isEqualTo("is a directory");
    }

    @Test
    void anyOtherSaysItsFirstLineLowerCasedAtItsStartOnly() {
        assertThat(Reasons.of(new IOException("No space left on device"))).isEqualTo("no space left on device");
        assertThat(Reasons.of(new IOException("Broken pipe\n\tat somewhere"))).isEqualTo("broken pipe");
        assertThat(Reasons.of(new IOException("Read ECONNRESET"))).isEqualTo("read ECONNRESET");
        assertThat(Reasons.of(new IOException())).isEqualTo("IOException");
    }
}
