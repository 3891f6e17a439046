package pilcrow.core.find;

/** A pattern that cannot be searched for; the message is one line, fit to show a user. */
public final class InvalidPatternException extends Exception {

    public InvalidPatternException(String message) {
        super(message);
    }
}
