package pilcrow.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.global.KeepAliveHandler;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.session.helpers.TimeoutIndicator;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.global.NoMoreSessionsHandler;
import org.apache.sshd.server.session.ServerSession;
import pilcrow.core.text.Sanitizer;
import pilcrow.store.PrivateFiles;
import pilcrow.work.Workers;

/**
 * {@code pilcrow serve}: an SSH server (Apache MINA SSHD) whose only service is the reader. Every
 * connection that logs in with a listed key gets its own {@link SessionApp} run on its own thread;
 * nothing else is offered: no exec, no subsystems (SFTP), no port, agent or X11 forwarding; up to
 * {@link ReaderChannel#MAX_PER_CONNECTION} session channels per connection, each counted against
 * the caps. See {@link Algorithms} for the cryptography and {@link AuthorizedKeys} for who gets in.
 */
public final class ReaderServer implements AutoCloseable {

    /** How the session ended, as the shell saw it ("quit", "disconnected", "server stopped"...). */
    /** How each of a connection's session channels ended (several may share one connection). */
    static final AttributeKey<ChannelEndings> ENDINGS = new AttributeKey<>();
    private static final AttributeKey<Instant> STARTED = new AttributeKey<>();
    private static final AttributeKey<String> REFUSED = new AttributeKey<>();
    private static final AttributeKey<String> ADDRESS = new AttributeKey<>();
    private static final AttributeKey<Admission.Place> PLACE = new AttributeKey<>();
    /** Why the server closed a logged-in connection itself, for its log line. */
    private static final AttributeKey<String> CLOSED_BECAUSE = new AttributeKey<>();

    /** Bytes a client may send ahead (per channel) before it must wait: input buffered per session. */
    static final long WINDOW_BYTES = 32 * 1024;
    /** How long {@link #close} waits for the sessions to save and close. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(5);
    private static final Duration IDLE_BACKSTOP = Duration.ofMinutes(1);
    /** Connections the kernel keeps for the server to accept (the kernel caps it at net.core.somaxconn). */
    static final int ACCEPT_BACKLOG = 512;

    private final ServeOptions options;
    private final Consumer<String> log;
    private final SshServer sshd;
    private final Admission admission;
    private final RefusalLog refusals;
    private final KeyPair hostKey;
    private final Set<ReaderShell> shells = ConcurrentHashMap.newKeySet();
    /** Logged-in connections and their channels: one with none open for the login grace is closed. */
    private final Map<Session, ChannelCaps> loggedIn = new ConcurrentHashMap<>();
    /** Once a second: idle sessions, sessions whose key was removed and connections without a channel are ended. */
    private final ScheduledExecutorService watch = Workers.scheduled("pilcrow-session-watch");
    private AuthorizedKeys keys;
    private volatile boolean stopping;

    private ReaderServer(ServeOptions options, Consumer<String> log, SshServer sshd, KeyPair hostKey) {
        this.options = options;
        this.log = log;
        this.sshd = sshd;
        this.hostKey = hostKey;
        SecureRandom random = new SecureRandom(); // an attacker cannot learn which of its connections will be dropped
        this.admission = new Admission(options.maxSessions(), options.maxPerAddress(), options.maxPerUser(),
                options.startups(), () -> random.nextInt(100));
        this.refusals = new RefusalLog(log, Instant::now);
    }

    /**
     * Reads the authorized keys and the host key (making it on first start), and starts listening.
     *
     * @param log one line per event: each connection's end, key file trouble; already sanitized
     */
    public static ReaderServer start(ServeOptions options, SessionApp app, Consumer<String> log)
            throws IOException, GeneralSecurityException {
        AuthorizedKeys keys = options.keysFolder() != null
                ? AuthorizedKeys.folder(options.keysFolder(), log)
                : new AuthorizedKeys(options.authorizedKeys(), log);
        KeyPair hostKey = HostKey.loadOrCreate(options.hostKey(), log);
        prepareUsersFolder(options.dataDir());
        UserFolders.atStart(options.dataDir().resolve("users"), keys.namesUsers(), keys.identities(), log);
        SshServer sshd = SshServer.setUpDefaultServer();
        ReaderServer server = new ReaderServer(options, log, sshd, hostKey);
        server.keys = keys;

        sshd.setHost(options.bind());
        sshd.setPort(options.port());
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        Algorithms.restrict(sshd);

        SignedKeyAuth auth = new SignedKeyAuth(keys);
        sshd.setUserAuthFactories(List.of(auth));
        sshd.setPublickeyAuthenticator(auth.authenticator());
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);

        sshd.setShellFactory(channel -> new ReaderShell(server, app));
        sshd.setCommandFactory(null); // ssh host cmd: refused
        sshd.setSubsystemFactories(List.of()); // sftp: refused
        sshd.setChannelFactories(List.of(ReaderChannel.factory(log))); // sessions only: no direct-tcpip (-L), no X11
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE); // -R, -A, X11
        List<RequestHandler<ConnectionService>> global = List.of(KeepAliveHandler.INSTANCE, NoMoreSessionsHandler.INSTANCE);
        sshd.setGlobalRequestHandlers(global);

        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, options.loginTimeout());
        // Sessions end on idle by keys typed, and a connection with no session channel after the
        // login grace (the watch below); MINA's idle timeout, which any keepalive resets and which
        // cuts the connection without putting the screen back, is only a backstop.
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, SessionWatch.idles(options.idleTimeout())
                ? options.idleTimeout().plus(IDLE_BACKSTOP) : Duration.ZERO); // MINA's zero: no timeout
        // A flood's reconnects fill a short accept queue, and then the kernel drops a real user's SYN too,
        // who waits a second or three for it to be sent again: the queue holds a flood's worth.
        CoreModuleProperties.SOCKET_BACKLOG.set(sshd, ACCEPT_BACKLOG);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 10);
        // ReaderChannel refuses a channel beyond the caps alone; MINA's own cap would drop the whole
        // connection, so it sits above ours, where channels refused but not yet forgotten fit too.
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, 4 * ReaderChannel.MAX_PER_CONNECTION);
        CoreModuleProperties.WINDOW_SIZE.set(sshd, WINDOW_BYTES);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "pilcrow");

        sshd.addSessionListener(server.listener());
        sshd.start();
        server.watch.scheduleWithFixedDelay(server::watchSessions, 1, 1, TimeUnit.SECONDS);
        return server;
    }

    /** Where the server listens, as host:port. */
    public String address() {
        for (SocketAddress bound : sshd.getBoundAddresses()) {
            if (bound instanceof InetSocketAddress inet) {
                return inet.getHostString() + ":" + inet.getPort();
            }
        }
        return options.bind() + ":" + sshd.getPort();
    }

    public int port() {
        for (SocketAddress bound : sshd.getBoundAddresses()) {
            if (bound instanceof InetSocketAddress inet) {
                return inet.getPort();
            }
        }
        return sshd.getPort();
    }

    /** The host key's SHA-256 fingerprint, as ssh shows it when asking to trust the host. */
    public String hostKeyFingerprint() {
        return HostKey.fingerprint(hostKey);
    }

    /** The host key's type as ssh-keygen names it (ED25519, RSA, ECDSA). */
    public String hostKeyType() {
        return HostKey.typeName(hostKey);
    }

    /** A user's data folder: {@code <data-dir>/users/<name>}. The name is safe as a folder name. */
    Path userFolder(Identity identity) {
        return userFolder(options.dataDir(), identity);
    }

    static Path userFolder(Path dataDir, Identity identity) {
        Path users = dataDir.resolve("users");
        Path folder = users.resolve(identity.name()).normalize();
        if (!folder.getParent().equals(users.normalize())) {
            throw new IllegalArgumentException("not a folder name: " + identity.name());
        }
        return folder;
    }

    void register(ReaderShell shell) {
        shells.add(shell);
    }

    /**
     * MINA warned, of {@code kind}, about a connection that has not logged in: counted on the
     * burst's line with the connections that did not log in, not a line of its own.
     */
    public void warnedBeforeLogin(String kind) {
        refusals.warned(kind, System.nanoTime());
    }

    void unregister(ReaderShell shell) {
        shells.remove(shell);
    }

    boolean stopping() {
        return stopping;
    }

    Duration idleTimeout() {
        return options.idleTimeout();
    }

    private void watchSessions() {
        refusals.tick(System.nanoTime());
        try {
            long now = System.nanoTime();
            for (ReaderShell shell : shells) {
                shell.watch(now, options.idleTimeout(), keys::revoked);
            }
            closeConnectionsWithoutChannel();
        } catch (RuntimeException e) {
            // One session's trouble must not stop the watch for the others (a scheduled task that throws never runs again).
            log.accept(Sanitizer.line("session watch: " + e));
        }
    }

    /**
     * Closes each logged-in connection that has had no session channel open for the login grace (as
     * OpenSSH's UnusedConnectionTimeout, counted from the login or the last channel's close): it
     * holds a session, counted against every cap, and serves nothing. Left alone, it would last until
     * the idle backstop, and one key owner's such connections could hold every session.
     */
    private void closeConnectionsWithoutChannel() {
        String why = "no session channel within the login grace (" + seconds(options.loginTimeout()) + ")";
        loggedIn.forEach((session, channels) -> {
            if (channels.withoutChannelFor(options.loginTimeout()) && loggedIn.remove(session, channels)) {
                session.setAttribute(CLOSED_BECAUSE, why);
                try {
                    session.disconnect(SshConstants.SSH2_DISCONNECT_BY_APPLICATION, why);
                } catch (IOException e) {
                    session.close(true);
                }
            }
        });
    }

    /**
     * Saves every session's reading position, closes the sessions (each client's terminal is put
     * back: the alternate screen left, the cursor shown), then stops listening. For SIGTERM.
     */
    @Override
    public void close() throws IOException {
        stopping = true;
        watch.shutdownNow();
        for (ReaderShell shell : shells) {
            shell.stop("server stopped");
        }
        long deadline = System.nanoTime() + STOP_PATIENCE.toNanos();
        while (!shells.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        sshd.stop(false);
        refusals.flush();
    }

    private SessionListener listener() {
        return new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                String address = addressOf(session);
                session.setAttribute(STARTED, Instant.now());
                session.setAttribute(ADDRESS, address);
                session.setAttribute(ENDINGS, new ChannelEndings());
                if (stopping) {
                    refuse(session, "server stopping");
                    return;
                }
                Admission.Arrival arrival = admission.arrive(address, () -> drop(session));
                if (arrival instanceof Admission.Arrival.Admitted admitted) {
                    session.setAttribute(PLACE, admitted.place());
                    if (admitted.dropped() != null) {
                        admitted.dropped().drop();
                    }
                } else if (arrival instanceof Admission.Arrival.Refused refused) {
                    refuse(session, refused.reason());
                }
            }

            @Override
            public void sessionEvent(Session session, Event event) {
                Admission.Place place = session.getAttribute(PLACE);
                if (event != Event.Authenticated || place == null) {
                    return;
                }
                // SignedKeyAuth, the only way in, sets the identity before the login succeeds.
                Identity identity = session.getAttribute(SignedKeyAuth.IDENTITY);
                String refused = identity == null ? "logged in without a signed key" : admission.loggedIn(place, identity.name());
                if (refused == null) {
                    ChannelCaps channels = new ChannelCaps(admission, place, ReaderChannel.MAX_PER_CONNECTION, System::nanoTime);
                    session.setAttribute(ReaderChannel.CAPS, channels);
                    loggedIn.put(session, channels);
                } else if (!Admission.DROPPED.equals(refused)) {
                    session.setAttribute(REFUSED, refused);
                    refusals.refused(place.address(), refused, System.nanoTime());
                    // Not here: MINA signals the login while USERAUTH_SUCCESS is encoded but not yet
                    // sent, so a disconnect written now overtakes it and the client reads a corrupt
                    // packet. From another thread it waits for MINA's lock, after the reply.
                    watch.execute(() -> disconnect(session, refused));
                }
            }

            @Override
            public void sessionClosed(Session session) {
                loggedIn.remove(session);
                Admission.Place place = session.getAttribute(PLACE);
                if (place != null) {
                    admission.release(place);
                }
                if (session.getAttribute(REFUSED) != null) {
                    return; // counted when it was refused
                }
                if (session.isAuthenticated()) {
                    log.accept(line(session));
                } else {
                    // A flood's silent sockets end here by the hundred: summed up, as refusals are.
                    refusals.refused(session.getAttribute(ADDRESS), notLoggedIn(session), System.nanoTime());
                }
            }
        };
    }

    private String notLoggedIn(Session session) {
        TimeoutIndicator timeout = session.getTimeoutStatus();
        return timeout != null && timeout.getStatus() == TimeoutIndicator.TimeoutStatus.AuthTimeout
                ? "not logged in within the login grace (" + seconds(options.loginTimeout()) + ")"
                : "closed before logging in";
    }

    /** Refused on arrival: closed at once, and counted in the burst's log line rather than logged alone. */
    private void refuse(Session session, String reason) {
        session.setAttribute(REFUSED, reason);
        refusals.refused(session.getAttribute(ADDRESS), reason, System.nanoTime());
        session.close(true);
    }

    private static void disconnect(Session session, String why) {
        try {
            session.disconnect(SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS, why);
        } catch (IOException e) {
            session.close(true);
        }
    }

    /** A connection still waiting to log in, closed to make room for one from a quieter address. */
    private void drop(Session session) {
        session.setAttribute(REFUSED, Admission.DROPPED);
        refusals.refused(session.getAttribute(ADDRESS), Admission.DROPPED, System.nanoTime());
        session.close(true);
    }

    private static String addressOf(Session session) {
        SocketAddress remote = session.getRemoteAddress();
        if (remote instanceof InetSocketAddress inet) {
            return inet.getAddress() == null ? inet.getHostString() : inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }

    /** The log line for a logged-in connection that ended: time, user, address, duration, how it ended. */
    private static String line(Session session) {
        Instant started = session.getAttribute(STARTED);
        Duration lasted = started == null ? Duration.ZERO : Duration.between(started, Instant.now());
        Identity identity = session instanceof ServerSession server ? SignedKeyAuth.of(server).orElse(null) : null;
        String how;
        TimeoutIndicator timeout = session.getTimeoutStatus();
        if (session.getAttribute(CLOSED_BECAUSE) != null) {
            how = session.getAttribute(CLOSED_BECAUSE);
        } else if (timeout != null && timeout.getStatus() == TimeoutIndicator.TimeoutStatus.IdleTimeout) {
            how = "idle timeout";
        } else if (identity == null) {
            how = "not logged in";
        } else {
            ChannelEndings endings = session.getAttribute(ENDINGS);
            String ending = endings == null ? null : endings.describe();
            how = ending == null ? "closed" : ending;
        }
        SocketAddress remote = session.getRemoteAddress();
        String from = remote instanceof InetSocketAddress inet
                ? (inet.getAddress() == null ? inet.getHostString() : inet.getAddress().getHostAddress()) + ":" + inet.getPort()
                : String.valueOf(remote);
        return Sanitizer.line(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + (identity == null ? "-" : identity.describe())
                + " from " + from + " " + seconds(lasted) + " " + how);
    }

    static String seconds(Duration lasted) {
        long tenths = lasted.toMillis() / 100;
        return tenths / 10 + "." + tenths % 10 + "s";
    }

    /**
     * Makes the data folder's users/ folder private to the server's account (0700), and narrows
     * what an older version left open (folders 0755, files 0644) so no local account reads another
     * user's notes and history.
     */
    static void prepareUsersFolder(Path dataDir) throws IOException {
        Path users = dataDir.resolve("users");
        PrivateFiles.folder(dataDir);
        PrivateFiles.folder(users);
        PrivateFiles.tightenTree(users);
    }
}
