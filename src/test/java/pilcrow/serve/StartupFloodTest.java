package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.testing.Waits;

/**
 * Issue 16 item 4, on a real server on loopback: 200 silent TCP connections from 127.0.0.2-6 (as a
 * flood from five addresses would be), then a real login from 127.0.0.1 with MINA's own client. It
 * must get in (on a pool of its own, the flood's 80 connections at the per-address cap cannot hold
 * all 64 sessions any more), and the log must not hold a line per socket. How fast the login gets
 * in is measured by bench/serve-startups.sh, not asserted here.
 */
class StartupFloodTest {

    private static final int SILENT = 200;
    private static final int ADDRESSES = 5;
    /** Only a bound on a failure: a login that is refused, or hangs, fails within it. */
    private static final Duration LOGIN_BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<Socket> silent = new ArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private ReaderServer server;
    private SshClient client;

    @AfterEach
    void closeAll() throws IOException {
        for (Socket socket : silent) {
            socket.close();
        }
        if (client != null) {
            client.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRealLoginGetsInThrough200SilentSocketsFromFiveAddresses() throws Exception {
        KeyPair user = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        server = start(user);

        for (int i = 0; i < SILENT; i++) {
            silent.add(silentSocket("127.0.0." + (2 + i % ADDRESSES), server.port()));
        }
        for (Socket socket : silent) {
            awaitAnswer(socket); // the server has taken (or refused) every one before the login
        }

        String printed;
        try {
            printed = logInAndRun(user);
        } catch (IOException e) {
            throw new AssertionError("the login failed: " + e.getMessage() + "\nthe server's last lines:\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 5), log.size())), e);
        }

        assertThat(printed).isEqualTo("served\n");
        // The flood's refusals and the silent sockets' ends are summed up in a line or two (one per
        // burst), not a line per socket: here the host key's line, the login's and at most three.
        for (Socket socket : silent) {
            socket.close();
        }
        assertThat(Waits.eventually(() -> log.stream().anyMatch(line -> line.contains("closed before logging in")))).isTrue();
        assertThat(log).as("the server's log").hasSizeLessThan(6);
    }

    @Test
    void aLoginBeyondTheSessionsIsRefusedAndTheFirstGoesOn() throws Exception {
        KeyPair user = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        server = start(user, 1);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();

        try (ClientSession first = loggedIn(user)) {
            try (ClientSession second = client.connect("real", new InetSocketAddress("127.0.0.1", server.port()))
                    .verify(LOGIN_BOUND).getSession()) {
                second.addPublicKeyIdentity(user);
                try {
                    second.auth().verify(LOGIN_BOUND);
                } catch (IOException closedAmidTheLogin) {
                    // the server's close may overtake the login's own reply
                }
                assertThat(second.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), LOGIN_BOUND))
                        .as("the server closes a login beyond the sessions").contains(ClientSessionEvent.CLOSED);
            }

            assertThat(first.isOpen()).isTrue();
            assertThat(Waits.eventually(() -> log.stream().anyMatch(line -> line.contains("1 too many sessions (1)")))).isTrue();
        }
    }

    private ClientSession loggedIn(KeyPair user) throws IOException {
        ClientSession session = client.connect("real", new InetSocketAddress("127.0.0.1", server.port()))
                .verify(LOGIN_BOUND).getSession();
        session.addPublicKeyIdentity(user);
        try {
            session.auth().verify(LOGIN_BOUND);
            // A session channel opened shows the login is a working session, not one about to be closed.
            session.createShellChannel().open().verify(LOGIN_BOUND);
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
        return session;
    }

    private ReaderServer start(KeyPair user) throws Exception {
        return start(user, 64);
    }

    private ReaderServer start(KeyPair user, int maxSessions) throws Exception {
        Path keys = Files.writeString(dir.resolve("authorized_keys"), PublicKeyEntry.toString(user.getPublic()) + " real\n");
        ServeOptions options = new ServeOptions("127.0.0.1", 0, keys, dir.resolve("host_key"), dir.resolve("data"),
                maxSessions, 16, 10, Duration.ZERO, Duration.ofSeconds(20), null, Startups.DEFAULT);
        return ReaderServer.start(options, new LineSessions.LineApp(), log::add);
    }

    /** A TCP connection from {@code from} that sends nothing. */
    private static Socket silentSocket(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), (int) LOGIN_BOUND.toMillis());
        socket.setSoTimeout((int) LOGIN_BOUND.toMillis());
        return socket;
    }

    /** Reads the server's first line (its version: admitted for now) or the end (closed). */
    private static void awaitAnswer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            int b;
            do {
                b = in.read();
            } while (b != -1 && b != '\n');
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server never answered a connection", e);
        } catch (IOException reset) {
            // refused with a reset: answered too
        }
    }

    /** Logs in from 127.0.0.1 with {@code user}'s key, opens a session without a terminal, returns what it printed. */
    private String logInAndRun(KeyPair user) throws IOException {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClientSession session = client.connect("real", new InetSocketAddress("127.0.0.1", server.port()),
                new InetSocketAddress("127.0.0.1", 0)).verify(LOGIN_BOUND).getSession()) {
            session.addPublicKeyIdentity(user);
            session.auth().verify(LOGIN_BOUND);
            return LineSessions.run(session, LOGIN_BOUND);
        }
    }
}
