package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.testing.Fixtures;

/**
 * Every kind of {@link Effect} the app can ask for reaches someone: each record permitted by the
 * sealed type or its sealed groups, made with placeholder values, is carried out by the UI loop with recording fakes,
 * and exactly one of them must have seen it. A new kind of effect fails here until it is routed.
 */
class EffectRoutingTest {

    private final ScriptedTerminal terminal = new ScriptedTerminal();
    private final List<Effect> toDataFolder = new ArrayList<>();
    private final List<Effect> toSearches = new ArrayList<>();
    private final List<Effect> toReads = new ArrayList<>();
    private final List<Effect> toSettingsFile = new ArrayList<>();
    private final List<Effect> toEditor = new ArrayList<>();
    private final List<Effect> toReloads = new ArrayList<>();

    private final FullScreenReader.Searches searches = new FullScreenReader.Searches() {
        @Override
        public void run(Effect.Search search) {
            toSearches.add(search);
        }

        @Override
        public void close() {
        }
    };

    @Test
    void everyKindOfEffectIsCarriedOutBySomeone() throws Exception {
        List<Class<?>> kinds = kinds(Effect.class);
        assertThat(kinds).as("Effect is sealed").isNotEmpty();
        AppState state = Fixtures.state(new Size(80, 24), Fixtures.seed());
        terminal.suspendable = true; // a local terminal: Ctrl-Z hands it back

        for (Class<?> kind : kinds) {
            Effect effect = placeholder(kind);
            FullScreenReader reader = new FullScreenReader(terminal, new JLineTextMeasure(), pilcrow.view.Theme.MONOCHROME, this::dataFolder,
                    terminal::nanoTime, post -> searches).reading(this::reads)
                    .remembering(this::settingsFile).editing(this::editor)
                    .following(reload -> {
                        toReloads.add(reload);
                        return List.of();
                    }, any -> List.of());
            int forgottenBefore = terminal.forgotten;
            int suspendedBefore = terminal.suspended;
            toDataFolder.clear();
            toSearches.clear();
            toReads.clear();
            toSettingsFile.clear();
            toEditor.clear();
            toReloads.clear();

            AppState after = reader.carryOut(effect, state, searches);

            List<String> seenBy = new ArrayList<>();
            if (terminal.suspended > suspendedBefore) {
                seenBy.add("the shell");
            } else if (terminal.forgotten > forgottenBefore && !toEditor.contains(effect)) { // after an editor, a repaint
                seenBy.add("the screen");
            }
            if (toDataFolder.contains(effect)) {
                seenBy.add("the data folder");
            }
            if (toSearches.contains(effect)) {
                seenBy.add("the searches");
            }
            if (toReads.contains(effect)) {
                seenBy.add("the reads");
            }
            if (toSettingsFile.contains(effect)) {
                seenBy.add("the settings file");
            }
            if (toEditor.contains(effect)) {
                seenBy.add("the editor");
            }
            if (toReloads.contains(effect)) {
                seenBy.add("the document's file");
            }
            if (reader.quitAsked()) {
                seenBy.add("the loop");
            }
            assertThat(seenBy).as("where %s went", kind.getSimpleName()).hasSize(1);
            assertThat(after).isSameAs(state);
        }
    }

    /**
     * The router's visitor names each group (or lone kind) exactly once, and each group's visitor,
     * which its runner implements, each kind of the group: so the compiler checks the runners.
     */
    @Test
    void eachVisitorHasOneMethodForEachKindItVisits() {
        assertThat(visited(Effect.Visitor.class)).containsExactlyInAnyOrder(Effect.class.getPermittedSubclasses());
        List<Class<?>> groups = Arrays.stream(Effect.class.getPermittedSubclasses()).filter(Class::isInterface).toList();
        assertThat(groups).containsExactlyInAnyOrder(Effect.Search.class, Effect.Save.class, Effect.Read.class);
        assertThat(visited(Effect.Search.Visitor.class)).containsExactlyInAnyOrder(Effect.Search.class.getPermittedSubclasses());
        assertThat(visited(Effect.Save.Visitor.class)).containsExactlyInAnyOrder(Effect.Save.class.getPermittedSubclasses());
        assertThat(visited(Effect.Read.Visitor.class)).containsExactlyInAnyOrder(Effect.Read.class.getPermittedSubclasses());
    }

    /** The one parameter type of each of a visitor's methods, none twice. */
    private static List<Class<?>> visited(Class<?> visitor) {
        List<Class<?>> visited = Arrays.stream(visitor.getDeclaredMethods())
                .filter(method -> !method.isSynthetic())
                .<Class<?>>map(method -> {
                    assertThat(method.getParameterTypes()).as(method.getName()).hasSize(1);
                    return method.getParameterTypes()[0];
                }).toList();
        assertThat(visited).doesNotHaveDuplicates();
        return visited;
    }

    /** The records a sealed type permits, through its sealed groups. */
    private static List<Class<?>> kinds(Class<?> sealed) {
        List<Class<?>> kinds = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isInterface()) {
                kinds.addAll(kinds(permitted));
            } else {
                kinds.add(permitted);
            }
        }
        return kinds;
    }

    private List<Msg> reads(Effect.Read effect) {
        toReads.add(effect);
        return List.of();
    }

    private List<Msg> editor(Effect.Edit effect) {
        toEditor.add(effect);
        return List.of();
    }

    private List<Msg> settingsFile(Effect.RememberLayout effect) {
        toSettingsFile.add(effect);
        return List.of();
    }

    private List<Msg> dataFolder(Effect.Save effect) {
        toDataFolder.add(effect);
        return List.of();
    }

    /** An instance of an effect record with zero, false or null in every component. */
    private static Effect placeholder(Class<?> kind) throws ReflectiveOperationException {
        assertThat(kind.isRecord()).as("%s is a record (else make one here by hand)", kind).isTrue();
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(EffectRoutingTest::zero).toArray();
        Constructor<?> canonical = kind.getDeclaredConstructor(types);
        return (Effect) canonical.newInstance(values);
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0.0f;
        }
        return type == byte.class ? (byte) 0 : type == short.class ? (short) 0 : 0;
    }
}
