package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.testing.Fixtures;

/**
 * Every kind of {@link Effect} the app can ask for reaches someone: each permitted subclass of the
 * sealed type, made with placeholder values, is carried out by the UI loop with recording fakes,
 * and exactly one of them must have seen it. A new kind of effect fails here until it is routed.
 */
class EffectRoutingTest {

    private final ScriptedTerminal terminal = new ScriptedTerminal();
    private final List<Effect> toDataFolder = new ArrayList<>();
    private final List<Effect> toSearches = new ArrayList<>();
    private final List<Effect> toReads = new ArrayList<>();

    private final FullScreenReader.Searches searches = new FullScreenReader.Searches() {
        @Override
        public void run(Effect search) {
            toSearches.add(search);
        }

        @Override
        public void close() {
        }
    };

    @Test
    void everyKindOfEffectIsCarriedOutBySomeone() throws Exception {
        Class<?>[] kinds = Effect.class.getPermittedSubclasses();
        assertThat(kinds).as("Effect is sealed").isNotNull().isNotEmpty();
        AppState state = Fixtures.state(new Size(80, 24), Fixtures.seed());

        for (Class<?> kind : kinds) {
            Effect effect = placeholder(kind);
            FullScreenReader reader = new FullScreenReader(terminal, new JLineTextMeasure(), false, this::dataFolder,
                    terminal::nanoTime, post -> searches).reading(this::reads);
            int forgottenBefore = terminal.forgotten;
            toDataFolder.clear();
            toSearches.clear();
            toReads.clear();

            AppState after = reader.carryOut(effect, state, searches);

            List<String> seenBy = new ArrayList<>();
            if (terminal.forgotten > forgottenBefore) {
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
            if (reader.quitAsked()) {
                seenBy.add("the loop");
            }
            assertThat(seenBy).as("where %s went", kind.getSimpleName()).hasSize(1);
            assertThat(after).isSameAs(state);
        }
    }

    /** The visitor every runner implements names each kind exactly once, so the compiler checks the runners. */
    @Test
    void theVisitorHasOneMethodForEachKindOfEffect() {
        List<Class<?>> visited = Arrays.stream(Effect.Visitor.class.getDeclaredMethods())
                .filter(method -> !method.isSynthetic())
                .<Class<?>>map(method -> {
                    assertThat(method.getParameterTypes()).as(method.getName()).hasSize(1);
                    return method.getParameterTypes()[0];
                }).toList();
        assertThat(visited).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(Effect.class.getPermittedSubclasses());
    }

    private List<Msg> reads(Effect effect) {
        toReads.add(effect);
        return List.of();
    }

    private List<Msg> dataFolder(Effect effect) {
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
