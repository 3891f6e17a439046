package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pilcrow.app.Msg;

/** Standard input read while it is paged: what has arrived is posted before the producer ends. */
class PipedInputTest {

    /** Generous: a bound on a hang, not a measure of speed. */
    private static final long HANG_SECONDS = 20;

    private static Msg next(BlockingQueue<Msg> posted) throws InterruptedException {
        Msg msg = posted.poll(HANG_SECONDS, TimeUnit.SECONDS);
        assertThat(msg).as("a message within " + HANG_SECONDS + " s").isNotNull();
        return msg;
    }

    /** Messages until one shows {@code paragraphs} paragraphs (a post may hold less, never more). */
    private static Msg.Arrived arrivedWith(BlockingQueue<Msg> posted, int paragraphs) throws InterruptedException {
        while (true) {
            Msg msg = next(posted);
            assertThat(msg).isInstanceOf(Msg.Arrived.class);
            Msg.Arrived arrived = (Msg.Arrived) msg;
            assertThat(arrived.document().paragraphCount()).isLessThanOrEqualTo(paragraphs);
            if (arrived.document().paragraphCount() == paragraphs) {
                return arrived;
            }
        }
    }

    @Test
    void whatHasArrivedIsPostedWhileTheProducerIsStillWriting() throws Exception {
        PipedOutputStream producer = new PipedOutputStream();
        BlockingQueue<Msg> posted = new LinkedBlockingQueue<>();
        try (PipedInput input = new PipedInput(new PipedInputStream(producer, 1 << 16), 3)) {
            assertThat(input.empty().paragraphCount()).isZero();
            input.start(posted::add);
            producer.write("Title\n\nOne.\n\n".getBytes(StandardCharsets.UTF_8));
            producer.flush();
            Msg.Arrived first = arrivedWith(posted, 1);
            assertThat(first.entry()).isEqualTo(3);
            assertThat(first.document().paragraph(1).text()).isEqualTo("One.");

            producer.write("Two.\n".getBytes(StandardCharsets.UTF_8));
            producer.close();
            Msg.Arrived all = arrivedWith(posted, 2);
            assertThat(all.document().paragraph(2).text()).isEqualTo("Two.");
            assertThat(all.document().name()).isEqualTo("(standard input)");
        }
    }

    @Test
    void inputPastTheCapIsCutWithOneLineSayingSo() throws Exception {
        byte[] text = "Title\n\n0123456789 0123456789 0123456789\n".getBytes(StandardCharsets.UTF_8);
        BlockingQueue<Msg> posted = new LinkedBlockingQueue<>();
        try (PipedInput input = new PipedInput(new ByteArrayInputStream(text), 0, 20)) {
            input.start(posted::add);
            Msg.Arrived arrived = arrivedWith(posted, 1);
            assertThat(arrived.document().paragraph(1).text()).isEqualTo("0123456789 01");
            Msg notice = next(posted);
            assertThat(notice).isEqualTo(new Msg.Notice("standard input is longer than 20 bytes: showing its first "
                    + "20 bytes (save it to a file to read it all)"));
        }
    }

    @Test
    void aBinaryPipeIsOneLineNotADocument() throws Exception {
        BlockingQueue<Msg> posted = new LinkedBlockingQueue<>();
        try (PipedInput input = new PipedInput(new ByteArrayInputStream(new byte[] {'a', 0, 'b'}), 0)) {
            input.start(posted::add);
            assertThat(next(posted)).isEqualTo(new Msg.Notice("cannot open (standard input): binary file, with NUL bytes"));
        }
    }
}
