package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.testing.Waits;

/**
 * Issue 16, on a real server on loopback with MINA's own client: one key owner could take every
 * session with connections that log in and open no channel, held until the idle timeout and a
 * minute. Their logins beyond {@code --max-per-user} are refused (another key still gets in), and
 * a logged-in connection that opens no session channel within the login grace is closed.
 */
class KeyOwnerCapsTest {

    /** Only a bound on a failure: what does not happen within it fails the test. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<ClientSession> sessions = new ArrayList<>();
    private KeyPair alice;
    private KeyPair bob;
    private ReaderServer server;
    private SshClient client;

    @BeforeEach
    void keysAndClient() throws Exception {
        alice = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        bob = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void closeAll() throws IOException {
        for (ClientSession session : sessions) {
            session.close(true);
        }
        client.stop();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aKeyOwnersLoginBeyondTheirCapIsRefusedAndAnotherKeyStillGetsIn() throws Exception {
        server = start(2, Duration.ofSeconds(20));
        ClientSession first = loggedIn(alice);
        ClientSession second = loggedIn(alice);

        ClientSession third = connect(alice);
        List<String> told = new CopyOnWriteArrayList<>();
        third.addSessionListener(new SessionListener() {
            @Override
            public void sessionDisconnect(Session session, int reason, String message, String language, boolean initiator) {
                told.add(message);
            }
        });
        try {
            third.auth().verify(BOUND);
        } catch (IOException closedAmidTheLogin) {
            // the disconnect may come before the client has taken in the login's reply
        }
        assertThat(third.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), BOUND))
                .as("the server closes a third login of one key").contains(ClientSessionEvent.CLOSED);
        // The client reads why, in order after the login's reply: a disconnect sent amid MINA's
        // writing of USERAUTH_SUCCESS overtook it on the wire and the client saw a corrupt packet.
        assertThat(told).as("what the refused client was told").anySatisfy(
                message -> assertThat(message).startsWith("too many sessions for user "));

        assertThat(LineSessions.run(loggedIn(bob), BOUND)).isEqualTo("served\n");
        assertThat(first.isOpen()).isTrue();
        assertThat(second.isOpen()).isTrue();
        String user = Identity.fingerprintFolder(KeyUtils.getFingerPrint(alice.getPublic()));
        // One line for the burst of refusals, as for the other refusals.
        assertThat(Waits.eventually(() -> log.stream().anyMatch(
                line -> line.contains("1 connection not logged in") && line.contains("1 too many sessions for user " + user + " (2)"))))
                .as("the refusal's line in " + log).isTrue();
    }

    @Test
    void aLoginThatOpensNoChannelWithinTheGraceIsClosed() throws Exception {
        server = start(10, Duration.ofSeconds(2));
        ClientSession idle = loggedIn(alice);

        assertThat(idle.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), BOUND))
                .as("the server closes a login that opened no channel").contains(ClientSessionEvent.CLOSED);

        assertThat(Waits.eventually(() -> log.stream().anyMatch(line -> line.endsWith(" no session channel within the login grace (2.0s)"))))
                .as("its line in " + log).isTrue();
    }

    private ReaderServer start(int maxPerUser, Duration loginGrace) throws Exception {
        Path keys = Files.writeString(dir.resolve("authorized_keys"), PublicKeyEntry.toString(alice.getPublic()) + " alice\n"
                + PublicKeyEntry.toString(bob.getPublic()) + " bob\n");
        ServeOptions options = new ServeOptions("127.0.0.1", 0, keys, dir.resolve("host_key"), dir.resolve("data"),
                64, 16, maxPerUser, Duration.ZERO, loginGrace, null, Startups.DEFAULT);
        return ReaderServer.start(options, new LineSessions.LineApp(), log::add);
    }

    private ClientSession connect(KeyPair key) throws IOException {
        ClientSession session = client.connect("user", new InetSocketAddress("127.0.0.1", server.port()))
                .verify(BOUND).getSession();
        sessions.add(session);
        session.addPublicKeyIdentity(key);
        return session;
    }

    /** Logged in with {@code key}, no channel opened. */
    private ClientSession loggedIn(KeyPair key) throws IOException {
        ClientSession session = connect(key);
        session.auth().verify(BOUND);
        return session;
    }
}
