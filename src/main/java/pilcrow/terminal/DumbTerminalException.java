package pilcrow.terminal;

import java.io.IOException;

/**
 * The terminal cannot run a full-screen UI: its type is dumb, it has no type at all (as over
 * {@code ssh -T}), or there is no tty. The caller should fall back to plain output.
 */
public final class DumbTerminalException extends IOException {
    private static final long serialVersionUID = 1L;

    public DumbTerminalException(String terminalType) {
        super("not a full-screen terminal (TERM=" + terminalType + ")");
    }
}
