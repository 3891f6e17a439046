package pilcrow.cli;

/** Exit codes as grep has them, so scripts can tell "nothing found" from "something broke". */
public final class ExitCode {

    public static final int OK = 0;
    public static final int NO_MATCH = 1;
    public static final int TROUBLE = 2;

    private ExitCode() {
    }
}
