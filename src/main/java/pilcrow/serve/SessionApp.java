package pilcrow.serve;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import pilcrow.terminal.TerminalSession;

/**
 * What a session runs, supplied by the composition root, so this package knows SSH and the
 * terminal but not the reader's composition. Each call is one user's and runs on that session's own
 * thread; implementations keep nothing between calls but read-only data (the library).
 */
public interface SessionApp {

    /**
     * The full-screen reader on the session's terminal, until the user quits or the terminal is
     * closed (the connection dropped, the server stopping). The caller closes the terminal.
     *
     * @param userFolder the user's own data folder (bookmarks, positions, history)
     * @return true when the user quit; false when the terminal closed under the reader
     */
    boolean fullScreen(TerminalSession terminal, Path userFolder) throws Exception;

    /**
     * A client that asked for no terminal ({@code ssh -T}): the one place where a line mode plugs
     * in. Returns when done; the caller closes the channel.
     *
     * @return the exit status for the client
     */
    int withoutTerminal(InputStream in, OutputStream out, Path userFolder) throws Exception;
}
