package pilcrow.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to serve.
 *
 * @param bind           the address to listen on (loopback unless the operator says otherwise)
 * @param port           0 for any free port
 * @param authorizedKeys the OpenSSH authorized-keys file naming who may log in (each key its own
 *                       user), or null when {@code keysFolder} is given
 * @param hostKey        the host key file, made on first start
 * @param dataDir        the data folder; each user's data goes under {@code users/NAME/}
 * @param maxSessions    logged-in sessions at once (each further session channel of a connection counts)
 * @param maxPerAddress  connections (waiting to log in or not) and further channels at once from one remote address
 * @param maxPerUser     logged-in connections and further channels at once of one key identity ({@link Identity#name})
 * @param idleTimeout    a session with no key typed this long is ended (position saved, screen put back);
 *                       keepalives do not count
 * @param loginTimeout   a connection that has not logged in this long is closed (OpenSSH's LoginGraceTime), and so
 *                       is a logged-in one that has had no session channel open this long
 * @param keysFolder     or null: one file per key, NAME.pub or NAME@anything.pub, the user NAME
 * @param startups       the pool of connections waiting to log in (OpenSSH's MaxStartups)
 */
public record ServeOptions(String bind, int port, Path authorizedKeys, Path hostKey, Path dataDir,
                           int maxSessions, int maxPerAddress, int maxPerUser, Duration idleTimeout, Duration loginTimeout,
                           Path keysFolder, Startups startups) {
}
