package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Match;
import pilcrow.core.layout.LayoutLine;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Find through key scripts: the search effects are carried out inline by {@link KeyScript}. */
class FindTest {

    private final App app = new App(new JLineTextMeasure());

    private KeyScript keys(Document... documents) {
        return new KeyScript(app, Fixtures.state(new Size(80, 24), documents));
    }

    private KeyScript seed() {
        return keys(Fixtures.seed());
    }

    @Test
    void typingFindsAsYouTypeAndMovesToTheFirstMatchAfterThePlace() {
        KeyScript keys = seed().run("ENTER } } / c y b e r");
        Search search = keys.state().search();
        assertThat(search.matches()).hasSize(14);
        assertThat(search.currentMatch().paragraph()).isEqualTo(3);
        assertThat(keys.state().prompt().text()).isEqualTo("cyber");
        assertThat(keys.effects()).filteredOn(e -> e instanceof Effect.Find).hasSize(5);
    }

    @Test
    void interpolIsInParagraphSevenAndEnterKeepsTheView() {
        AppState state = seed().run("ENTER / i n t e r p o l ENTER").state();
        assertThat(state.prompt()).isNull();
        assertThat(state.search().matches()).containsExactly(new Match(7, 129, 137));
        assertThat(state.search().current()).isZero();
        assertThat(state.reader().current()).isEqualTo(7);
        assertThat(state.history()).containsExactly("interpol");
    }

    @Test
    void noMatchSaysSoAndLeavesTheViewAlone() {
        KeyScript keys = seed().run("ENTER } / z z z z");
        assertThat(keys.state().search().matches()).isEmpty();
        assertThat(keys.state().reader().current()).isEqualTo(2);
        assertThat(keys.run("ENTER").state().message()).isEqualTo("No match for zzzz");
        assertThat(keys.run("n").state().message()).isEqualTo("No match for zzzz");
    }

    @Test
    void escapePutsTheViewBackWhereItWas() {
        KeyScript keys = seed().run("ENTER } }");
        ReaderState before = keys.state().reader();
        AppState after = keys.run("/ i n t e r p o l ESC").state();
        assertThat(after.reader().top()).isEqualTo(before.top());
        assertThat(after.reader().current()).isEqualTo(3);
        assertThat(after.search()).isNull();
        assertThat(after.prompt()).isNull();
    }

    /** Resized while finding, Esc goes back to the same paragraph, laid out at the new width. */
    @Test
    void escapeAfterAResizeGoesBackToTheSameParagraph() {
        KeyScript keys = seed().run("ENTER } } } } } / i n t e r p o l RESIZE:40x12 ESC");
        ReaderState reader = keys.state().reader();
        assertThat(reader.current()).isEqualTo(6);
        assertThat(reader.lines().get(reader.top()).paragraph()).isEqualTo(6);
        assertThat(reader.textWidth()).isLessThan(40);
    }

    @Test
    void escapeBringsBackTheSearchBefore() {
        KeyScript keys = seed().run("ENTER / v o l t ENTER n");
        Search volt = keys.state().search();
        AppState after = keys.run("/ z z z z ESC").state();
        assertThat(after.search()).isEqualTo(volt);
        assertThat(keys.run("n").state().search().current()).isEqualTo(2);
    }

    @Test
    void aSearchStillRunningWhenTheFindPromptOpensIsStoppedAndComesBackStopped() {
        KeyScript keys = seed().runWithoutSearching("ENTER / v o l t ENTER");
        long running = keys.state().search().id();
        keys.runWithoutSearching("/");
        assertThat(keys.effects()).contains(new Effect.CancelSearch(running));
        AppState back = keys.run("ESC").state();
        assertThat(back.search().id()).isEqualTo(running);
        assertThat(back.search().running()).isFalse();
    }

    @Test
    void aFailedSearchStopsAndSaysWhy() {
        KeyScript keys = seed().runWithoutSearching("ENTER / C-r ( a | b ) + c ENTER");
        long id = keys.state().search().id();
        AppState failed = keys.send(new Msg.SearchFailed(id, "the pattern is too complex for this text")).state();
        assertThat(failed.search().running()).isFalse();
        assertThat(failed.message()).isEqualTo("Search failed: the pattern is too complex for this text");
    }

    @Test
    void nextAndPreviousWrapWithANote() {
        KeyScript keys = seed().run("ENTER / v o l t ENTER");
        assertThat(keys.state().search().matches()).hasSize(5);
        assertThat(keys.state().search().current()).isZero();
        assertThat(keys.run("n n n n").state().search().current()).isEqualTo(4);
        AppState wrapped = keys.run("n").state();
        assertThat(wrapped.search().current()).isZero();
        assertThat(wrapped.message()).isEqualTo("Wrapped to top");
        AppState back = keys.run("N").state();
        assertThat(back.search().current()).isEqualTo(4);
        assertThat(back.message()).isEqualTo("Wrapped to bottom");
        assertThat(keys.run("N").state().message()).isEmpty();
    }

    /** While no match is current (none found below the view yet), N too goes to the first below, wrapping. */
    @Test
    void withNoMatchCurrentNAlsoLooksBelowTheView() {
        KeyScript keys = seed().run("ENTER } } } } }").runWithoutSearching("/ x ENTER");
        long id = keys.state().search().id();
        keys.send(new Msg.FindResults(id, List.of(new Match(1, 0, 1)), 1, 30, false));
        assertThat(keys.state().search().current()).isEqualTo(-1);
        AppState stepped = keys.run("N").state();
        assertThat(stepped.search().current()).isZero();
        assertThat(stepped.message()).isEqualTo("Wrapped to top");
    }

    @Test
    void aMatchInTheTitleIsFoundAfterWrapping() {
        AppState state = seed().run("ENTER } } / s m e a r").state();
        assertThat(state.search().currentMatch().inTitle()).isTrue();
        assertThat(state.reader().top()).isZero();
        assertThat(state.message()).isEqualTo("Wrapped to top");
        assertThat(new KeyScript(app, state).run("ENTER").state().message()).isEqualTo("Wrapped to top");
    }

    @Test
    void aMatchInTheLastParagraph() {
        AppState state = seed().run("ENTER / c o m m o n SPACE i n t e r e s t s ENTER").state();
        assertThat(state.search().currentMatch().paragraph()).isEqualTo(7);
    }

    @Test
    void aPhraseAcrossAWrappedLineIsFoundAndHighlightedOnBothLines() {
        Document doc = Fixtures.document("wrap.txt", "Title\n\nThe quick brown fox\njumps over the lazy dog.\n");
        AppState state = new KeyScript(app, Fixtures.state(new Size(24, 10), doc)).run("ENTER / b r o w n SPACE f o x ENTER").state();
        Match match = state.search().currentMatch();
        assertThat(match.paragraph()).isEqualTo(1);
        int first = Finding.lineOf(state.reader(), match);
        assertThat(state.reader().lines().get(first).end()).isLessThan(match.end());
    }

    @Test
    void overlappingMatchesAreCountedEach() {
        AppState state = keys(Fixtures.document("a.txt", "Letters\n\naaaa\n")).run("ENTER / a a ENTER").state();
        assertThat(state.search().matches()).extracting(Match::start).containsExactly(0, 1, 2);
    }

    @Test
    void aMatchInAWrappedSourceLineIsOnTheLineThatShowsIt() {
        ReaderState reader = keys(Fixtures.seed()).run("RESIZE:16x10 ENTER").state().reader();
        Match media = new Match(Match.SOURCE, 6, 11);
        LayoutLine line = reader.lines().get(Finding.lineOf(reader, media));
        assertThat(line.kind()).isEqualTo(pilcrow.core.layout.LineKind.SOURCE);
        assertThat(line.first()).as("the source line wraps here").isFalse();
        assertThat(line.text()).startsWith("MEDIA");
    }

    @Test
    void smartCaseAndFolding() {
        // Eight in the title and body, all written "China", and "CHINA" in the source line.
        assertThat(seed().run("ENTER / c h i n a").state().search().matches()).hasSize(9);
        assertThat(seed().run("ENTER / C h i n a").state().search().matches()).hasSize(8);
        assertThat(seed().run("ENTER / C H I N A").state().search().matches())
                .containsExactly(new Match(Match.SOURCE, 0, 5));
    }

    @Test
    void regexModeTogglesAndAnInvalidPatternIsAMessageNotACrash() {
        KeyScript keys = seed().run("ENTER / C-r");
        assertThat(keys.state().prompt().regex()).isTrue();
        assertThat(keys.state().prompt().label()).isEqualTo("Regex /");
        keys.run("( a");
        assertThat(keys.state().message()).startsWith("invalid regular expression: Unclosed group");
        assertThat(keys.state().search().matches()).isEmpty();
        keys.run("BACKSPACE BACKSPACE c y b e r \\ w +");
        assertThat(keys.state().message()).isEmpty();
        assertThat(keys.state().search().matches()).hasSize(11); // cyberattacks, cybercrime...: not "cyber threat"
        assertThat(keys.run("C-r").state().prompt().regex()).isFalse();
        assertThat(keys.state().search().matches()).isEmpty();
    }

    @Test
    void historyWalksWithUpAndDown() {
        KeyScript keys = seed().run("ENTER / v o l t ENTER / c h i n a ENTER / UP");
        assertThat(keys.state().prompt().text()).isEqualTo("china");
        assertThat(keys.run("UP").state().prompt().text()).isEqualTo("volt");
        assertThat(keys.run("UP").state().prompt().text()).isEqualTo("volt");
        assertThat(keys.run("DOWN DOWN").state().prompt().text()).isEmpty();
        assertThat(keys.state().history()).containsExactly("volt", "china");
        assertThat(keys.effects()).filteredOn(e -> e instanceof Effect.RememberSearch)
                .containsExactly(new Effect.RememberSearch("volt"), new Effect.RememberSearch("china"));
    }

    @Test
    void typedTextIsOnlyPrintableCharacters() {
        KeyScript keys = seed().run("ENTER / a");
        keys.send(new Msg.Key(new KeyInput(KeyInput.Name.CHAR, '\u001b', false)));
        keys.send(new Msg.Key(new KeyInput(KeyInput.Name.CHAR, '\u0007', false)));
        assertThat(keys.state().prompt().text()).isEqualTo("a");
    }

    @Test
    void staleResultsAreIgnored() {
        KeyScript keys = seed().runWithoutSearching("ENTER / v o");
        long current = keys.state().search().id();
        keys.send(new Msg.FindResults(current - 1, List.of(new Match(1, 0, 1)), 7, 7, true));
        assertThat(keys.state().search().matches()).isEmpty();
        assertThat(keys.state().search().running()).isTrue();
    }

    @Test
    void whileSearchingTheCounterShowsProgressAndEscCancels() {
        KeyScript keys = seed().runWithoutSearching("ENTER / v o l t");
        long id = keys.state().search().id();
        keys.send(new Msg.FindResults(id, List.of(new Match(2, 100, 104)), 3, 7, false));
        assertThat(pilcrow.view.View.matchCounter(keys.state().search())).isEqualTo("match 1/1+ searching 42%");
        keys.run("ESC");
        assertThat(keys.effects()).contains(new Effect.CancelSearch(id));
    }

    @Test
    void nWithoutASearchSaysHowToStartOne() {
        assertThat(seed().run("ENTER n").state().message()).isEqualTo("No search yet: press / to find");
    }

    @Test
    void theListFilterNarrowsByTitleOrPathAndEscClearsIt() {
        Document alpha = Fixtures.document("notes/alpha.txt", "Alpha notes\n\nText.\n\nMore.");
        Document cyber = Fixtures.document("notes/cyber.md", "# Cyber glossary\n\nCyber.");
        KeyScript keys = keys(alpha, Fixtures.seed(), cyber).run("/ c y b");
        assertThat(keys.state().list().visible()).containsExactly(2, 1);
        assertThat(keys.run("BACKSPACE BACKSPACE BACKSPACE a l p h a . t").state().list().visible()).containsExactly(0);
        assertThat(keys.run("ESC").state().list().visible()).containsExactly(0, 1, 2);
        AppState opened = keys.run("/ g l o s s ENTER").state();
        assertThat(opened.screen()).isEqualTo(AppState.Screen.READER);
        assertThat(opened.reader().document().title()).isEqualTo("Cyber glossary");
        assertThat(keys.run("q ESC").state().list().filter()).isEmpty();
    }

    @Test
    void libraryFindListsEveryMatchAndOpensOneWithItsSearchReady() {
        Document cyber = Fixtures.document("notes/cyber.md", "# Cyber glossary\n\nCyber means computers.");
        KeyScript keys = keys(Fixtures.seed(), cyber).run("F c y b e r ENTER");
        LibrarySearch results = keys.state().librarySearch();
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.RESULTS);
        assertThat(results.running()).isFalse();
        assertThat(results.hits()).hasSize(16);
        assertThat(results.hits().get(15).entry()).isEqualTo(1);
        AppState opened = keys.run("j j ENTER").state();
        assertThat(opened.screen()).isEqualTo(AppState.Screen.READER);
        assertThat(opened.search().currentMatch()).isEqualTo(results.hits().get(2).match());
        assertThat(opened.reader().current()).isEqualTo(2);
        assertThat(keys.run("n").state().search().current()).isEqualTo(3);
    }

    @Test
    void escStopsARunningLibrarySearchThenGoesBack() {
        KeyScript keys = seed().runWithoutSearching("F c y b e r ENTER");
        long id = keys.state().librarySearch().id();
        keys.run("ESC");
        assertThat(keys.effects()).contains(new Effect.CancelSearch(id));
        assertThat(keys.state().librarySearch().running()).isFalse();
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.RESULTS);
        assertThat(keys.run("ESC").state().screen()).isEqualTo(AppState.Screen.LIST);
    }
}
