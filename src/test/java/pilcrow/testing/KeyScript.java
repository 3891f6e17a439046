package pilcrow.testing;

import java.util.ArrayList;
import java.util.List;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.KeyInput;
import pilcrow.app.Msg;
import pilcrow.app.Next;
import pilcrow.app.Paths;
import pilcrow.app.Reads;
import pilcrow.search.SearchJobs;

/**
 * Drives the app with a script of keys, as a user would type them:
 * {@code "ENTER } } : 7 ENTER"}. Tokens: a single character types it; ENTER, ESC, BACKSPACE, UP,
 * DOWN, LEFT, RIGHT, PGUP, PGDN, HOME, END, SPACE, TAB name keys; C-x is Ctrl-x; RESIZE:WxH resizes.
 */
public final class KeyScript {

    private final App app;
    private AppState state;
    private final List<Effect> effects = new ArrayList<>();
    /** What read effects open paths through ({@code :e}, links out of the library). */
    private Paths paths = Paths.NONE;

    public KeyScript(App app, AppState state) {
        this.app = app;
        this.state = state;
    }

    /** This script opening paths through {@code value} (a temporary folder's files, say). */
    public KeyScript opening(Paths value) {
        this.paths = value;
        return this;
    }

    public KeyScript run(String script) {
        for (String token : script.trim().split("\\s+")) {
            if (!token.isEmpty()) {
                send(message(token));
            }
        }
        return this;
    }

    /**
     * Updates with one message, then carries out search and read effects at once, on this thread,
     * feeding their answers back in: as if the background search answered before the next key, and
     * as the UI loop takes a read's answer in before it draws.
     */
    public KeyScript send(Msg msg) {
        Next next = app.update(state, msg);
        state = next.state();
        effects.addAll(next.effects());
        List<Msg> answers = new ArrayList<>();
        for (Effect effect : next.effects()) {
            answers.addAll(effect instanceof Effect.Read read ? List.of(Reads.answer(read, paths))
                    : effect.accept(INLINE_SEARCHES));
        }
        answers.forEach(this::send);
        return this;
    }

    /** The search and read effects carried out here and now; the others are left (as {@link #effects()}). */
    private static final Effect.Visitor<List<Msg>> INLINE_SEARCHES = new Effect.Visitor<>() {
        @Override
        public List<Msg> search(Effect.Search search) {
            return search.accept(SEARCHES);
        }

        @Override
        public List<Msg> read(Effect.Read read) {
            return List.of(Reads.answer(read));
        }

        @Override
        public List<Msg> save(Effect.Save save) {
            return List.of();
        }

        @Override
        public List<Msg> remember(Effect.RememberLayout effect) {
            return List.of();
        }

        @Override
        public List<Msg> quit(Effect.Quit effect) {
            return List.of();
        }

        @Override
        public List<Msg> reload(Effect.Reload effect) {
            return List.of(); // the edge reads the file; a test sends the Msg.Changed it would
        }

        @Override
        public List<Msg> fullRepaint(Effect.FullRepaint effect) {
            return List.of();
        }

        @Override
        public List<Msg> suspend(Effect.Suspend effect) {
            return List.of();
        }

        @Override
        public List<Msg> edit(Effect.Edit effect) {
            return List.of(); // no editor here: the effect is left for the test to look at
        }
    };

    /** Each search run to its end on this thread, its answers collected; a cancel has nothing to stop. */
    private static final Effect.Search.Visitor<List<Msg>> SEARCHES = new Effect.Search.Visitor<>() {
        @Override
        public List<Msg> find(Effect.Find find) {
            List<Msg> answers = new ArrayList<>();
            SearchJobs.find(find, () -> false, answers::add);
            return answers;
        }

        @Override
        public List<Msg> findInLibrary(Effect.FindInLibrary library) {
            List<Msg> answers = new ArrayList<>();
            SearchJobs.findInLibrary(library, () -> false, answers::add);
            return answers;
        }

        @Override
        public List<Msg> cancelSearch(Effect.CancelSearch effect) {
            return List.of();
        }
    };

    /** Like {@link #run}, but search effects are left undone (to test what shows while searching). */
    public KeyScript runWithoutSearching(String script) {
        for (String token : script.trim().split("\\s+")) {
            if (!token.isEmpty()) {
                sendWithoutSearching(message(token));
            }
        }
        return this;
    }

    /** Updates with one message; reads are carried out (the UI loop does them before it draws), searches not. */
    private void sendWithoutSearching(Msg msg) {
        Next next = app.update(state, msg);
        state = next.state();
        effects.addAll(next.effects());
        for (Effect effect : next.effects()) {
            if (effect instanceof Effect.Read read) {
                sendWithoutSearching(Reads.answer(read, paths));
            }
        }
    }

    public AppState state() {
        return state;
    }

    public List<Effect> effects() {
        return effects;
    }

    static Msg message(String token) {
        if (token.startsWith("RESIZE:")) {
            String[] size = token.substring("RESIZE:".length()).split("x");
            return new Msg.Resize(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        }
        return new Msg.Key(key(token));
    }

    static KeyInput key(String token) {
        if (token.length() == 1) {
            return KeyInput.of(token.charAt(0));
        }
        if (token.startsWith("C-") && token.length() == 3) {
            return KeyInput.ctrl(token.charAt(2));
        }
        return switch (token) {
            case "ENTER" -> KeyInput.of(KeyInput.Name.ENTER);
            case "ESC" -> KeyInput.of(KeyInput.Name.ESCAPE);
            case "BACKSPACE" -> KeyInput.of(KeyInput.Name.BACKSPACE);
            case "UP" -> KeyInput.of(KeyInput.Name.UP);
            case "DOWN" -> KeyInput.of(KeyInput.Name.DOWN);
            case "LEFT" -> KeyInput.of(KeyInput.Name.LEFT);
            case "RIGHT" -> KeyInput.of(KeyInput.Name.RIGHT);
            case "PGUP" -> KeyInput.of(KeyInput.Name.PAGE_UP);
            case "PGDN" -> KeyInput.of(KeyInput.Name.PAGE_DOWN);
            case "HOME" -> KeyInput.of(KeyInput.Name.HOME);
            case "END" -> KeyInput.of(KeyInput.Name.END);
            case "SPACE" -> KeyInput.of(' ');
            case "TAB" -> KeyInput.of(KeyInput.Name.TAB); // the byte Ctrl-I sends
            default -> throw new IllegalArgumentException("unknown key token " + token);
        };
    }
}
