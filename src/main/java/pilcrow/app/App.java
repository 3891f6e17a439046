package pilcrow.app;

import java.util.List;
import java.util.Optional;
import pilcrow.app.AppState.Screen;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.text.Sanitizer;
import pilcrow.core.text.TextMeasure;

/**
 * The reader's state machine: {@code update(state, msg) -> (state', effects)}. Pure: no I/O, no
 * threads, no clock; the same messages always give the same states, which is what the key-script
 * tests rely on. One instance serves one terminal; it holds nothing but the width measure.
 */
public final class App {

    private final DocumentLayout layout;

    public App(TextMeasure measure) {
        this.layout = new DocumentLayout(measure);
    }

    public Next update(AppState state, Msg msg) {
        if (msg instanceof Msg.Resize resize) {
            return Next.of(resized(state, new Size(resize.columns(), resize.rows())));
        }
        return key(state, ((Msg.Key) msg).key());
    }

    private Next key(AppState state, KeyInput key) {
        AppState cleared = state.withMessage("");
        if (state.help() != null) {
            return helpKey(cleared, key);
        }
        if (state.prompt() != null) {
            return promptKey(cleared, key);
        }
        KeyMap mode = state.screen() == Screen.LIST ? KeyMap.LIST : KeyMap.READER;
        Optional<Action> action = mode.actionFor(key).or(() -> KeyMap.GLOBAL.actionFor(key));
        if (action.isEmpty()) {
            return Next.of(cleared.withMessage("Unknown key " + Sanitizer.line(key.label()) + " (press ? for help)"));
        }
        return act(cleared, action.get());
    }

    private Next act(AppState state, Action action) {
        switch (action) {
            case QUIT:
                return Next.of(state.quit(), new Effect.Quit());
            case HELP:
                return Next.of(state.withHelp(new AppState.Help(0)));
            case REPAINT:
                return Next.of(state, new Effect.FullRepaint());
            default:
                return Next.of(state.screen() == Screen.LIST ? listAction(state, action) : readerAction(state, action));
        }
    }

    // ---- the document list ----

    private AppState listAction(AppState state, Action action) {
        int rows = Geometry.listRows(state.size());
        int selected = state.list().selected();
        int last = state.entries().size() - 1;
        return switch (action) {
            case LINE_DOWN -> select(state, selected + 1);
            case LINE_UP -> select(state, selected - 1);
            case PAGE_DOWN -> select(state, selected + Math.max(1, rows));
            case PAGE_UP -> select(state, selected - Math.max(1, rows));
            case TOP -> select(state, 0);
            case BOTTOM -> select(state, last);
            case OPEN -> open(state);
            default -> state;
        };
    }

    private static AppState select(AppState state, int index) {
        return state.withList(state.list().select(index, state.entries().size(), Geometry.listRows(state.size())));
    }

    private AppState open(AppState state) {
        if (state.entries().isEmpty()) {
            return state.withMessage("The library is empty");
        }
        int index = state.list().selected();
        Entry entry = state.entries().get(index);
        if (!entry.readable()) {
            return state.withMessage("cannot open " + Sanitizer.line(entry.path()) + ": " + entry.problem());
        }
        ReaderState reader = state.reader();
        if (reader == null || reader.entry() != index) {
            reader = new ReaderState(index, entry.document(), List.of(), 0, 0,
                    entry.document().paragraphCount() > 0 ? 1 : 0, null);
        }
        AppState opened = state.withScreen(Screen.READER);
        return opened.withReader(relayout(reader, opened));
    }

    // ---- reading ----

    private AppState readerAction(AppState state, Action action) {
        ReaderState reader = state.reader();
        int rows = state.geometry().bodyRows();
        int page = Math.max(1, rows - 1);
        return switch (action) {
            case LINE_DOWN -> scroll(state, reader.top() + 1);
            case LINE_UP -> scroll(state, reader.top() - 1);
            case PAGE_DOWN -> scroll(state, reader.top() + page);
            case PAGE_UP -> scroll(state, reader.top() - page);
            case HALF_DOWN -> scroll(state, reader.top() + Math.max(1, rows / 2));
            case HALF_UP -> scroll(state, reader.top() - Math.max(1, rows / 2));
            case TOP -> scroll(state, 0);
            case BOTTOM -> reader.document().paragraphCount() == 0
                    ? scroll(state, reader.maxTop(rows))
                    : state.withReader(reader.atParagraph(reader.document().paragraphCount(), rows)
                            .withTop(reader.maxTop(rows)));
            case NEXT_PARAGRAPH -> toParagraph(state, reader.current() + 1);
            case PREVIOUS_PARAGRAPH -> toParagraph(state, reader.current() - 1);
            case GOTO_PROMPT -> state.withPrompt(Prompt.gotoParagraph());
            case TOGGLE_NUMBERS -> relayout(state.withNumbers(!state.numbers()));
            case NARROWER -> remeasure(state, state.measure() - Geometry.MEASURE_STEP);
            case WIDER -> remeasure(state, state.measure() + Geometry.MEASURE_STEP);
            case BACK -> state.withScreen(Screen.LIST);
            default -> state;
        };
    }

    private static AppState scroll(AppState state, int top) {
        return state.withReader(state.reader().scrolledTo(top, state.geometry().bodyRows()));
    }

    private static AppState toParagraph(AppState state, int number) {
        int count = state.reader().document().paragraphCount();
        if (count == 0) {
            return state;
        }
        if (number < 1 || number > count) {
            return state.withMessage(number < 1 ? "Already at the first paragraph" : "Already at the last paragraph");
        }
        return state.withReader(state.reader().atParagraph(number, state.geometry().bodyRows()));
    }

    private AppState remeasure(AppState state, int measure) {
        int clamped = ListState.clamp(measure, Geometry.MIN_MEASURE, Geometry.MAX_MEASURE);
        return relayout(state.withMeasure(clamped).withMessage("Text width " + clamped));
    }

    // ---- the goto prompt ----

    private Next promptKey(AppState state, KeyInput key) {
        Optional<Action> action = KeyMap.PROMPT.actionFor(key);
        if (action.isEmpty() && key.ctrl()) {
            action = KeyMap.GLOBAL.actionFor(key);
        }
        if (action.isPresent()) {
            return switch (action.get()) {
                case PROMPT_SUBMIT -> Next.of(submitGoto(state.withPrompt(null), state.prompt().text()));
                case PROMPT_CANCEL -> Next.of(state.withPrompt(null));
                case PROMPT_DELETE -> Next.of(state.withPrompt(state.prompt().deleteLast()));
                default -> act(state, action.get());
            };
        }
        return Next.of(key.isPrintable() ? state.withPrompt(state.prompt().type(key.ch())) : state);
    }

    private static AppState submitGoto(AppState state, String typed) {
        int count = state.reader().document().paragraphCount();
        String text = typed.strip();
        if (text.isEmpty()) {
            return state;
        }
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > count) {
            return state.withMessage("No paragraph " + Sanitizer.line(text) + " (1-" + count + ")");
        }
        return toParagraph(state, number);
    }

    // ---- help ----

    private Next helpKey(AppState state, KeyInput key) {
        Optional<Action> action = KeyMap.READER.actionFor(key);
        int top = state.help().top();
        int rows = Math.max(1, state.size().rows() - 1);
        if (KeyMap.GLOBAL.actionFor(key).filter(a -> a == Action.QUIT && key.ctrl()).isPresent()) {
            return act(state, Action.QUIT);
        }
        if (action.isPresent()) {
            switch (action.get()) {
                case LINE_DOWN: return Next.of(state.withHelp(new AppState.Help(top + 1)));
                case LINE_UP: return Next.of(state.withHelp(new AppState.Help(Math.max(0, top - 1))));
                case PAGE_DOWN: return Next.of(state.withHelp(new AppState.Help(top + rows)));
                case PAGE_UP: return Next.of(state.withHelp(new AppState.Help(Math.max(0, top - rows))));
                default: break;
            }
        }
        return Next.of(state.withHelp(null));
    }

    // ---- size and layout ----

    private AppState resized(AppState state, Size size) {
        AppState sized = state.withSize(size);
        sized = sized.withList(sized.list().select(sized.list().selected(), sized.entries().size(),
                Geometry.listRows(size)));
        return relayout(sized);
    }

    /** Lays the open document out again, keeping the reader's place and current paragraph on screen. */
    private AppState relayout(AppState state) {
        if (state.reader() == null) {
            return state;
        }
        return state.withReader(relayout(state.reader(), state));
    }

    private ReaderState relayout(ReaderState reader, AppState state) {
        Geometry geometry = Geometry.reader(state.size(), state.numbers(), state.measure(),
                reader.document().paragraphCount());
        boolean fresh = reader.lines().isEmpty();
        List<LayoutLine> lines = fresh || reader.textWidth() != geometry.textWidth()
                ? layout.layout(reader.document(), geometry.textWidth(), true)
                : reader.lines();
        // The place is kept from the first relayout on, so resizing back and forth returns exactly.
        Anchor anchor = fresh || reader.top() == 0 ? null : reader.anchor() != null ? reader.anchor() : Anchor.of(reader);
        ReaderState laid = new ReaderState(reader.entry(), reader.document(), lines, geometry.textWidth(), 0,
                reader.current(), anchor);
        int top = anchor == null ? 0 : anchor.lineIn(laid);
        top = keepVisible(laid, top, geometry.bodyRows());
        return laid.withTop(ListState.clamp(top, 0, laid.maxTop(geometry.bodyRows()))).withAnchor(anchor);
    }

    /** Moves {@code top} so that some of the current paragraph is on screen. */
    private static int keepVisible(ReaderState reader, int top, int rows) {
        if (reader.current() == 0) {
            return top;
        }
        int first = reader.firstLineOf(reader.current());
        int last = reader.lastLineOf(reader.current());
        return last < top || first >= top + Math.max(1, rows) ? first : top;
    }
}
