package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Msg;
import pilcrow.source.Library;
import pilcrow.testing.Epubs;

/**
 * A book named alone shows its first chapter at once and the rest arrives after: while it is read
 * the status line says so, as the count it shows is the first chapter's, and says when it is done.
 */
class BookReadingNoticeTest {

    @TempDir
    Path dir;

    @Test
    void theRestOfTheBookIsSaidToBeReadThenToBeHere() throws IOException {
        Path book = Epubs.sample(Epubs.epub3()).title("Long Book").writeTo(dir.resolve("book.epub"));
        Library library = Library.loadOpenings("book", List.of(book.toString()), InputStream.nullInputStream(), count -> { });
        List<Msg> posted = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        FullScreen.readBooks(library, library.books(), posted::add, done);

        assertThat(done.getCount()).isZero();
        assertThat(posted).hasSize(3);
        assertThat(posted.get(0)).isEqualTo(new Msg.Notice("Reading the rest of Long Book…"));
        assertThat(posted.get(1)).isInstanceOf(Msg.Arrived.class);
        assertThat(((Msg.Notice) posted.get(2)).message()).startsWith("Long Book is read whole:");
    }
}
