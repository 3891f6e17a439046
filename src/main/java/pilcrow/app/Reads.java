package pilcrow.app;

/**
 * The effects that read files for the app, carried out: {@link Effect.Load} reads a row's document
 * and {@link Effect.Anchor} places bookmarks, reading the rows that needs. {@link App#update} does
 * no I/O (issue 19, D6); the UI loop runs these on its own thread and takes the answer in before
 * it draws, so the screen never shows the moment between. Key-script tests run them the same way.
 */
public final class Reads {

    private Reads() {
    }

    /** The answer to a read effect. */
    public static Msg answer(Effect.Read effect) {
        return answer(effect, Paths.NONE);
    }

    /** The answer to a read effect, paths opened through {@code paths} (the session's file system). */
    public static Msg answer(Effect.Read effect, Paths paths) {
        return effect.accept(new Answers(paths));
    }

    private record Answers(Paths paths) implements Effect.Read.Visitor<Msg> {
        @Override
        public Msg load(Effect.Load load) {
            return new Msg.Loaded(load.entry(), load.row().load(), load.then());
        }

        @Override
        public Msg anchor(Effect.Anchor anchor) {
            return new Msg.MarksPlaced(Bookmarking.anchored(anchor.entries(), anchor.marks()));
        }

        @Override
        public Msg openPath(Effect.OpenPath open) {
            return new Msg.PathOpened(open.typed(), paths.open(open.typed(), open.beside()), open.anchor(), open.then());
        }

        @Override
        public Msg completePath(Effect.CompletePath complete) {
            return new Msg.Completed(complete.typed(), paths.complete(complete.typed(), complete.beside()));
        }
    }
}
