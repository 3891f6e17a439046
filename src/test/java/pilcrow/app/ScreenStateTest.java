package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** The screen shown is one value: its kind, its keys and the state only it has go together. */
class ScreenStateTest {

    private static final Map<AppState.Screen, KeyMap> KEYS = Map.of(AppState.Screen.LIST, KeyMap.LIST,
            AppState.Screen.READER, KeyMap.READER, AppState.Screen.RESULTS, KeyMap.RESULTS,
            AppState.Screen.BOOKMARKS, KeyMap.BOOKMARKS, AppState.Screen.OUTLINE, KeyMap.OUTLINE);

    /** Keys that move between the screens, and some that act on one. */
    private static final List<String> TOKENS = List.of("ENTER", "ESC", "q", "'", "a", "d", "u", "j", "k", "}",
            "m", "F", "s", "e", "/", "x", "G", "t", ")", "BACKSPACE", "RESIZE:60x15", "RESIZE:80x24");

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Document seed = Fixtures.seed();

    @Test
    void aScreenWithNoStateOfItsOwnIsItsKindAndTakesItsKindsKeys() {
        Map<ScreenState, AppState.Screen> kinds = Map.of(PlainScreen.LIST, AppState.Screen.LIST,
                PlainScreen.READER, AppState.Screen.READER, PlainScreen.RESULTS, AppState.Screen.RESULTS);
        kinds.forEach((screen, kind) -> {
            assertThat(screen.kind()).isEqualTo(kind);
            assertThat(screen.keys(KeyTables.DEFAULTS)).isEqualTo(KEYS.get(kind));
        });
        BookmarksScreen bookmarks = new BookmarksScreen(null);
        assertThat(bookmarks.kind()).isEqualTo(AppState.Screen.BOOKMARKS);
        assertThat(bookmarks.keys(KeyTables.DEFAULTS)).isEqualTo(KeyMap.BOOKMARKS);
    }

    /** Whatever is typed, the bookmarks list's rows exist exactly while it is shown. */
    @Test
    void theBookmarksListHasRowsExactlyWhileItIsShown() {
        qt().withExamples(150).forAll(lists().of(Generate.pick(TOKENS)).ofSizeBetween(1, 25))
                .checkAssert(script -> {
                    KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), seed));
                    keys.send(new Msg.MarksChanged(List.of(new Mark("a1b2c3d4", seed.name(),
                            Anchors.fingerprint(seed), 2, Anchors.quote(seed, 2), "a note", 1)), false));
                    for (String token : script) {
                        AppState state = keys.run(token).state();
                        assertThat(state.bookmarkList() != null).as("after %s", script)
                                .isEqualTo(state.screen() == AppState.Screen.BOOKMARKS);
                        assertThat(state.shown().keys(state.keys())).isEqualTo(KEYS.get(state.screen()));
                        if (state.bookmarkList() != null) {
                            assertThat(state.bookmarkList().returnTo()).isIn(PlainScreen.LIST, PlainScreen.READER);
                        }
                    }
                });
    }
}
