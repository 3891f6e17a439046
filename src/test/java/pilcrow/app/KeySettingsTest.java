package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.app.KeyInput.Name;

/** Key settings ({@code key.MODE.ACTION = keys}) read into the tables in force, each refusal a one-line warning. */
class KeySettingsTest {

    private static KeySettings.Rebound rebound(String... nameValue) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            settings.put(nameValue[i], nameValue[i + 1]);
        }
        return KeySettings.apply(settings, "config.properties");
    }

    private static KeyMap reader(KeySettings.Rebound rebound) {
        return rebound.tables().of(AppState.Screen.READER);
    }

    @Test
    void aRebindingReplacesTheActionsKeysInItsMode() {
        KeySettings.Rebound rebound = rebound("key.reader.line_down", "x, Ctrl-E");
        assertThat(rebound.warnings()).isEmpty();
        assertThat(reader(rebound).actionFor(KeyInput.of('x'))).contains(Action.LINE_DOWN);
        assertThat(reader(rebound).actionFor(KeyInput.ctrl('e'))).contains(Action.LINE_DOWN);
        assertThat(reader(rebound).actionFor(KeyInput.of('j'))).as("the old key is gone").isEmpty();
        assertThat(reader(rebound).actionFor(KeyInput.of(Name.DOWN))).isEmpty();
        assertThat(rebound.tables().of(AppState.Screen.LIST).actionFor(KeyInput.of('j')))
                .as("other modes keep theirs").contains(Action.LINE_DOWN);
        assertThat(rebound.fromFile("reader", Action.LINE_DOWN)).isTrue();
        assertThat(rebound.fromFile("reader", Action.LINE_UP)).isFalse();
    }

    @Test
    void rebindingPgDnAwayFromPageDownIsAClash() {
        KeySettings.Rebound rebound = rebound("key.reader.line_down", "PgDn");
        assertThat(rebound.warnings()).singleElement().asString().contains("PgDn").contains("page_down");
        assertThat(reader(rebound).actionFor(KeyInput.of('j'))).contains(Action.LINE_DOWN);
    }

    @Test
    void keysAreNamedAsTheHelpScreenLabelsThem() {
        assertThat(KeyNames.parse("Enter")).contains(KeyInput.of(Name.ENTER));
        assertThat(KeyNames.parse("esc")).contains(KeyInput.of(Name.ESCAPE));
        assertThat(KeyNames.parse("Tab")).contains(KeyInput.of(Name.TAB));
        assertThat(KeyNames.parse("Space")).contains(KeyInput.of(' '));
        assertThat(KeyNames.parse("PgUp")).contains(KeyInput.of(Name.PAGE_UP));
        assertThat(KeyNames.parse("PGDN")).contains(KeyInput.of(Name.PAGE_DOWN));
        assertThat(KeyNames.parse("Home")).contains(KeyInput.of(Name.HOME));
        assertThat(KeyNames.parse("Backspace")).contains(KeyInput.of(Name.BACKSPACE));
        assertThat(KeyNames.parse("Left")).contains(KeyInput.of(Name.LEFT));
        assertThat(KeyNames.parse("ctrl-x")).contains(KeyInput.ctrl('x'));
        assertThat(KeyNames.parse("Ctrl-I")).as("the byte Tab sends").contains(KeyInput.of(Name.TAB));
        assertThat(KeyNames.parse("Ctrl-M")).contains(KeyInput.of(Name.ENTER));
        assertThat(KeyNames.parse("Comma")).contains(KeyInput.of(','));
        assertThat(KeyNames.parse("#")).contains(KeyInput.of('#'));
        assertThat(KeyNames.parse("=")).contains(KeyInput.of('='));
        assertThat(KeyNames.parse("é")).contains(KeyInput.of('é'));
        assertThat(KeyNames.parse("G")).contains(KeyInput.of('G'));
        assertThat(KeyNames.parse("Ctrl-1")).isEmpty();
        assertThat(KeyNames.parse("Hyper-X")).isEmpty();
        assertThat(KeyNames.parse("")).isEmpty();
        assertThat(KeyNames.parse("\u0007")).isEmpty();
        for (KeyMap table : KeyMap.ALL) {
            for (Binding binding : table.bindings()) {
                for (KeyInput key : binding.keys()) {
                    assertThat(KeyNames.parse(KeyNames.written(key))).as(key.label())
                            .contains(KeyNames.canonical(key));
                }
            }
        }
    }

    @Test
    void aBadSettingIsOneLineAndChangesNothing() {
        for (String[] bad : List.of(new String[] {"key.reader.line_down", "Foo"},
                new String[] {"key.reader.line_down", "j, Ctrl-1"},
                new String[] {"key.reader.line_down", " "},
                new String[] {"key.reader.fly", "x"},
                new String[] {"key.sidebar.line_down", "x"},
                new String[] {"key.line_down", "x"},
                new String[] {"key.list.find", "x"},
                new String[] {"key.reader.goto_typed", "x"},
                new String[] {"key.prompt.prompt_submit", "x"},
                new String[] {"key.reader.line_down", "k"},
                new String[] {"key.reader.line_down", "F"},
                new String[] {"key.global.help", "j"})) {
            KeySettings.Rebound rebound = rebound(bad);
            assertThat(rebound.warnings()).as(String.join(" = ", bad)).singleElement().asString()
                    .startsWith("config.properties: " + bad[0]).doesNotContain("\n");
            assertThat(rebound.tables()).as(String.join(" = ", bad)).isEqualTo(KeyTables.DEFAULTS);
        }
    }

    @Test
    void aClashNamesTheKeyAndWhatHasIt() {
        assertThat(rebound("key.reader.line_down", "F").warnings()).singleElement().asString()
                .isEqualTo("config.properties: key.reader.line_down = F: F is already key.global.library_find"
                        + " (kept j, Down)");
    }

    @Test
    void swappingTwoKeysIsNoClash() {
        KeySettings.Rebound rebound = rebound("key.reader.line_down", "k", "key.reader.line_up", "j");
        assertThat(rebound.warnings()).isEmpty();
        assertThat(reader(rebound).actionFor(KeyInput.of('k'))).contains(Action.LINE_DOWN);
        assertThat(reader(rebound).actionFor(KeyInput.of('j'))).contains(Action.LINE_UP);
    }

    /** line_up refused brings k back to it, so line_down's k is refused in turn: never two actions on k. */
    @Test
    void aRefusalThatBringsADefaultBackRefusesWhatTookIt() {
        KeySettings.Rebound rebound = rebound("key.reader.line_down", "k", "key.reader.line_up", "F");
        assertThat(rebound.warnings()).hasSize(2);
        assertThat(rebound.tables()).isEqualTo(KeyTables.DEFAULTS);
    }

    @Test
    void aPromptTakesOnlyKeysThatTypeNothing() {
        KeySettings.Rebound rebound = rebound("key.prompt.prompt_submit", "Enter, Ctrl-J, Ctrl-G");
        assertThat(rebound.warnings()).isEmpty();
        assertThat(rebound.tables().prompt().actionFor(KeyInput.ctrl('g'))).contains(Action.PROMPT_SUBMIT);
        assertThat(rebound("key.prompt.prompt_cancel", "q").warnings()).singleElement().asString()
                .contains("typed");
    }

    @Test
    void allRebindsInEveryTableThatHasTheActionAndAModeNameWins() {
        KeySettings.Rebound rebound = rebound("key.all.line_down", "x", "key.reader.line_down", "y");
        assertThat(rebound.warnings()).isEmpty();
        for (AppState.Screen screen : List.of(AppState.Screen.LIST, AppState.Screen.OUTLINE,
                AppState.Screen.RESULTS, AppState.Screen.BOOKMARKS)) {
            assertThat(rebound.tables().of(screen).actionFor(KeyInput.of('x'))).as(screen.name()).contains(Action.LINE_DOWN);
            assertThat(rebound.tables().of(screen).actionFor(KeyInput.of('j'))).as(screen.name()).isEmpty();
        }
        assertThat(reader(rebound).actionFor(KeyInput.of('y'))).contains(Action.LINE_DOWN);
        assertThat(reader(rebound).actionFor(KeyInput.of('x'))).isEmpty();
    }

    @Test
    void namesAndModesAreTakenInAnyCase() {
        KeySettings.Rebound rebound = rebound("key.Reader.LINE_DOWN", "x");
        assertThat(rebound.warnings()).isEmpty();
        assertThat(reader(rebound).actionFor(KeyInput.of('x'))).contains(Action.LINE_DOWN);
    }

    @Test
    void aWarningQuotesAControlCharacterAsText() {
        assertThat(rebound("key.reader.line_down", "a\u001b[2J").warnings()).singleElement().asString()
                .doesNotContain("\u001b");
    }

    /** The test of the defaults ({@link KeyMapTest#noKeyDoesTwoThingsInOneMode}) held for any rebindings at all. */
    @Test
    void noRebindingsEverLeaveAKeyDoingTwoThingsInOneMode() {
        qt().withExamples(300).forAll(rebindings()).checkAssert(settings -> {
            KeySettings.Rebound rebound = KeySettings.apply(settings, "config.properties");
            assertThat(KeyMapTest.clashes(rebound.tables())).as(settings.toString()).isEmpty();
            assertThat(rebound.warnings()).as(settings.toString()).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
        });
    }

    private static final List<String> KEYS = List.of("j", "k", "x", "q", "F", "?", "Enter", "Esc", "Tab", "Up",
            "Down", "PgDn", "Ctrl-L", "Ctrl-C", "Ctrl-G", "Ctrl-R", "Space", "/", "n", "Home");
    private static final List<String> MODES = List.of("all", "list", "reader", "outline", "results", "bookmarks",
            "prompt", "global");

    private static Gen<Map<String, String>> rebindings() {
        Gen<String> setting = integers().between(0, MODES.size() - 1)
                .zip(integers().between(0, Action.values().length - 1),
                        (mode, action) -> "key." + MODES.get(mode) + "." + Action.values()[action].name().toLowerCase());
        Gen<String> keys = lists().of(integers().between(0, KEYS.size() - 1).map(KEYS::get)).ofSizeBetween(1, 3)
                .map(chosen -> String.join(", ", chosen));
        return lists().of(setting.zip(keys, Map::entry)).ofSizeBetween(1, 8).map(entries -> {
            Map<String, String> settings = new LinkedHashMap<>();
            entries.forEach(e -> settings.put(e.getKey(), e.getValue()));
            return settings;
        });
    }
}
