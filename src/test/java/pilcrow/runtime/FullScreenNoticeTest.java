package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.source.Library;
import pilcrow.source.LibraryScanner;

/** The reader's first status line says what could not be read, else what a folder scan skipped. */
class FullScreenNoticeTest {

    private static final List<LibraryScanner.Skipped> SKIPPED = List.of(
            new LibraryScanner.Skipped("/d/logo.png", "binary"), new LibraryScanner.Skipped("/d/.git", "hidden"));

    @Test
    void skippedFilesAreCountedWhenNothingFailed() {
        Library library = new Library("d", List.of(), List.of(), SKIPPED);

        assertThat(FullScreen.notice(library))
                .isEqualTo("2 files skipped: 1 binary, 1 hidden (pilcrow list --verbose names them)");
    }

    @Test
    void aProblemComesFirstAndTheSkippedAreCountedAfterIt() {
        Library library = new Library("d", List.of(), List.of("cannot open a.gz: corrupt gzip data"), SKIPPED);

        assertThat(FullScreen.notice(library)).isEqualTo("cannot open a.gz: corrupt gzip data; 2 files skipped");
    }

    @Test
    void nothingSkippedAndNothingFailedSaysNothing() {
        assertThat(FullScreen.notice(new Library("d", List.of(), List.of()))).isEmpty();
    }
}
