package pilcrow.app;

/** Work that {@link App#update} asks the edge to do; it never does I/O itself. */
public sealed interface Effect {

    /** Leave: the terminal adapter restores the terminal and the process (or session) ends. */
    record Quit() implements Effect {
    }

    /** Forget what the terminal shows and draw every cell again (Ctrl-L). */
    record FullRepaint() implements Effect {
    }
}
