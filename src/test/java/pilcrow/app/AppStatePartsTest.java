package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** AppState's parts: a wither changes its one part, and the accessors read the parts. */
class AppStatePartsTest {

    private final AppState state = new KeyScript(new App(new JLineTextMeasure()),
            Fixtures.state(new Size(80, 24), Fixtures.seed())).run("ENTER } / a").state();

    @Test
    void aChromeWitherChangesTheChromeOnly() {
        for (UnaryOperator<AppState> change : List.<UnaryOperator<AppState>>of(s -> s.withMessage("changed"),
                s -> s.withSize(new Size(40, 12)), s -> s.withPrompt(null), s -> s.withHelp(new AppState.Help(3)),
                AppState::quit)) {
            AppState changed = change.apply(state);
            assertThat(changed.chrome()).isNotEqualTo(state.chrome());
            assertThat(new AppState(changed.session(), changed.preferences(), state.chrome(), changed.shown(),
                    changed.list(), changed.reader(), changed.search(), changed.librarySearch())).isEqualTo(state);
        }
    }

    @Test
    void aSessionOrPreferencesWitherChangesThatPartOnly() {
        AppState marked = state.withMarks(List.of()).withPlaces(Map.of("x", Place.TOP)).withNextId(99)
                .withHistory(List.of("a")).withEntries(List.of());
        assertThat(marked.session()).isNotEqualTo(state.session());
        assertThat(new AppState(state.session(), marked.preferences(), marked.chrome(), marked.shown(),
                marked.list(), marked.reader(), marked.search(), marked.librarySearch())).isEqualTo(state);
        AppState laidOut = state.withNumbers(false).withMeasure(40);
        assertThat(laidOut.preferences()).isEqualTo(new Preferences(false, 40));
        assertThat(new AppState(laidOut.session(), state.preferences(), laidOut.chrome(), laidOut.shown(),
                laidOut.list(), laidOut.reader(), laidOut.search(), laidOut.librarySearch())).isEqualTo(state);
    }

    @Test
    void theAccessorsReadTheParts() {
        assertThat(state.message()).isEqualTo(state.chrome().message());
        assertThat(state.prompt()).isEqualTo(state.chrome().prompt()).isNotNull();
        assertThat(state.size()).isEqualTo(new Size(80, 24));
        assertThat(state.entries()).isEqualTo(state.session().entries()).hasSize(1);
        assertThat(state.nextId()).isEqualTo(state.session().nextId());
        assertThat(state.numbers()).isTrue();
        assertThat(state.measure()).isEqualTo(Geometry.DEFAULT_MEASURE);
    }
}
