package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pilcrow.app.Msg;

/**
 * A session's keys and posted messages share one queue, so the UI thread takes them in the order
 * they arrived. Keys are queued here as the key reader queues them, so no typing races a post.
 */
class SessionArrivalsTest {

    private StreamTerminalFixture fixture;
    private TerminalSession session;

    @BeforeEach
    void open() throws IOException {
        fixture = new StreamTerminalFixture();
        session = TerminalSession.openStreams(fixture.channelInput, fixture.channelOutput, "xterm-256color", 90, 20);
    }

    @AfterEach
    void close() throws IOException {
        session.close();
        fixture.close();
    }

    private static KeyStroke key(char character) {
        return new KeyStroke(character, false, false);
    }

    /** Everything waiting now, in the order it is taken. */
    private List<Queued> taken() throws InterruptedException {
        List<Queued> taken = new ArrayList<>();
        for (Queued next = session.next(0); next != null; next = session.next(0)) {
            taken.add(next);
        }
        return taken;
    }

    @Test
    void keysAndMessagesPostedFromOtherThreadsAreTakenInTheOrderTheyArrived() throws Exception {
        session.post(new Msg.Notice("one"));
        session.queue(key('x'));
        Thread poster = new Thread(() -> session.post(new Msg.Notice("two")), "poster");
        poster.start();
        poster.join();
        session.queue(key('y'));
        session.post(new Msg.Notice("three"));

        assertThat(taken()).containsExactly(
                new Queued.Posted(new Msg.Notice("one")), new Queued.Typed(key('x')),
                new Queued.Posted(new Msg.Notice("two")), new Queued.Typed(key('y')),
                new Queued.Posted(new Msg.Notice("three")));
    }

    @Test
    void aMessageIsKeptBehindAFullQueueOfKeys() throws Exception {
        for (int i = 0; i < TerminalSession.MAX_QUEUED_KEYS; i++) {
            session.queue(key('j'));
        }
        session.post(new Msg.Notice("after the keys"));

        List<Queued> taken = taken();
        assertThat(taken).hasSize(TerminalSession.MAX_QUEUED_KEYS + 1);
        assertThat(taken.get(taken.size() - 1)).isEqualTo(new Queued.Posted(new Msg.Notice("after the keys")));
    }
}
