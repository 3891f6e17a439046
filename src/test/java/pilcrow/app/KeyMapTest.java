package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/** The key tables on their own: lookup, one action per key in a mode, and the help screen drawn from them. */
class KeyMapTest {

    /** Each table that dispatches keys, with the global table that is tried after it. */
    private static final List<KeyMap> MODES = List.of(KeyMap.LIST, KeyMap.READER, KeyMap.OUTLINE, KeyMap.RESULTS,
            KeyMap.BOOKMARKS, KeyMap.PROMPT);

    @Test
    void aKeyLooksUpItsActionAndAnUnboundKeyNothing() {
        assertThat(KeyMap.READER.actionFor(KeyInput.of('j'))).contains(Action.LINE_DOWN);
        assertThat(KeyMap.READER.actionFor(KeyInput.of(KeyInput.Name.DOWN))).contains(Action.LINE_DOWN);
        assertThat(KeyMap.READER.actionFor(KeyInput.of('#'))).contains(Action.TOGGLE_NUMBERS);
        assertThat(KeyMap.LIST.actionFor(KeyInput.of(KeyInput.Name.ENTER))).contains(Action.OPEN);
        assertThat(KeyMap.READER.actionFor(KeyInput.of('z'))).isEmpty();
        assertThat(KeyMap.READER.actionFor(KeyInput.of('F'))).as("global keys are not in a mode's table").isEmpty();
        assertThat(KeyMap.GLOBAL.actionFor(KeyInput.of('F'))).contains(Action.LIBRARY_FIND);
    }

    @Test
    void ctrlAndCaseAreTold() {
        assertThat(KeyMap.PROMPT.actionFor(KeyInput.ctrl('r'))).contains(Action.PROMPT_REGEX);
        assertThat(KeyMap.PROMPT.actionFor(KeyInput.ctrl('R'))).contains(Action.PROMPT_REGEX);
        assertThat(KeyMap.PROMPT.actionFor(KeyInput.of('r'))).as("a typed r is text").isEmpty();
        assertThat(KeyMap.GLOBAL.actionFor(KeyInput.ctrl('c'))).contains(Action.QUIT);
        assertThat(KeyMap.GLOBAL.actionFor(KeyInput.of('c'))).isEmpty();
        assertThat(KeyMap.READER.actionFor(KeyInput.of('n'))).contains(Action.FIND_NEXT);
        assertThat(KeyMap.READER.actionFor(KeyInput.of('N'))).contains(Action.FIND_PREVIOUS);
    }

    /** Every key a table lists answers with that binding's action (a key listed twice would answer the first). */
    @Test
    void everyListedKeyLooksUpItsOwnBinding() {
        for (KeyMap map : KeyMap.ALL) {
            for (Binding binding : map.bindings()) {
                assertThat(binding.keys()).as("%s: %s", map.title(), binding.help()).isNotEmpty();
                for (KeyInput key : binding.keys()) {
                    assertThat(map.actionFor(key)).as("%s in %s", key.label(), map.title()).contains(binding.action());
                }
            }
        }
    }

    /**
     * In a mode, the mode's table is tried first, then the global one: a key in both, or twice in
     * one, would do one action and hide the other (and the help screen would list both).
     */
    @Test
    void noKeyDoesTwoThingsInOneMode() {
        assertThat(clashes(KeyTables.DEFAULTS)).isEmpty();
    }

    /**
     * The keys bound twice in one mode of {@code tables} (the tables in force: {@link KeySettingsTest}
     * holds any rebindings to this too), each as a line.
     */
    static List<String> clashes(KeyTables tables) {
        List<String> clashes = new ArrayList<>();
        for (KeyMap mode : tables.all()) {
            if (mode.equals(tables.global())) {
                continue;
            }
            Map<KeyInput, String> seen = new HashMap<>();
            for (KeyMap map : List.of(mode, tables.global())) {
                for (Binding binding : map.bindings()) {
                    // Ctrl-I and Tab are one key to a terminal: a binding may list both.
                    for (KeyInput key : binding.keys().stream().map(KeyNames::canonical).distinct().toList()) {
                        String here = map.title() + ": " + binding.action();
                        String before = seen.putIfAbsent(key, here);
                        if (before != null) {
                            clashes.add(mode.title() + ": " + key.label() + " is " + before + " and " + here);
                        }
                    }
                }
            }
        }
        return clashes;
    }

    @Test
    void everyTableIsShownOnTheHelpScreenOnce() {
        assertThat(KeyMap.ALL).containsAll(MODES).contains(KeyMap.GLOBAL).doesNotHaveDuplicates();
        assertThat(KeyTables.DEFAULTS.all()).isEqualTo(KeyMap.ALL);
        assertThat(KeyMap.ALL.stream().map(KeyMap::name)).doesNotHaveDuplicates();
    }

    /**
     * The help screen, drawn tall enough to show every row, lists the tables in order, each under
     * its title, one row a binding in the table's order: its keys as labels, then its words. So
     * it is drawn from the same tables that dispatch keys.
     */
    @Test
    void theHelpScreenShowsEveryBindingFromTheTablesInOrder() {
        JLineTextMeasure measure = new JLineTextMeasure();
        AppState start = Fixtures.state(new Size(120, 200), Fixtures.seed());
        AppState help = new KeyScript(new App(measure), start).run("?").state();
        List<String> rows = new View(measure, false).render(help).toText().lines().map(String::strip).toList();
        int at = 0;
        for (KeyMap map : KeyMap.ALL) {
            at = rows.subList(at, rows.size()).indexOf(map.title()) + at;
            assertThat(rows.get(at)).as("title of %s", map.title()).isEqualTo(map.title());
            for (Binding binding : map.bindings()) {
                at++;
                String keys = binding.label();
                assertThat(rows.get(at)).as("%s: %s", map.title(), binding.help())
                        .startsWith(keys + " ").endsWith(" " + binding.help());
            }
        }
    }
}
