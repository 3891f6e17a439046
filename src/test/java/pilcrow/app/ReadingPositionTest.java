package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/** Reading positions: saved on leaving, quitting and idling; restored on opening; shown in the list. */
class ReadingPositionTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Document seed = Fixtures.seed();

    private KeyScript keys(int columns, int rows) {
        return new KeyScript(new App(measure), Fixtures.state(new Size(columns, rows), seed));
    }

    private static List<Effect.SavePosition> saves(KeyScript keys) {
        return keys.effects().stream().filter(Effect.SavePosition.class::isInstance)
                .map(Effect.SavePosition.class::cast).toList();
    }

    private static KeyScript withPlaces(KeyScript keys, Map<String, Place> places) {
        return keys.send(new Msg.DataLoaded(List.of(), List.of(), places, ""));
    }

    @Test
    void leavingForTheListSavesWhereTheTopLineIs() {
        KeyScript keys = keys(80, 24).run("ENTER } } } q");
        Place place = ReadingPositions.placeOf(keys(80, 24).run("ENTER } } }").state().reader());
        assertThat(place.paragraph()).isEqualTo(4);
        assertThat(saves(keys)).containsExactly(new Effect.SavePosition(seed.name(), place));
        assertThat(keys.state().places()).containsEntry(seed.name(), place);
    }

    @Test
    void aPlaceInsideAParagraphKeepsItsOffset() {
        KeyScript keys = keys(40, 12).run("ENTER : 3 ENTER j j");
        Place place = ReadingPositions.placeOf(keys.state().reader());
        assertThat(place.paragraph()).isEqualTo(3);
        assertThat(place.offset()).isGreaterThan(0);
        int top = keys.state().reader().top();
        assertThat(keys.state().reader().lines().get(top).start()).isEqualTo(place.offset());
    }

    @Test
    void quittingFromTheReaderSavesFirst() {
        KeyScript keys = keys(80, 24).run("ENTER } } Q");
        assertThat(keys.effects()).hasSize(2);
        assertThat(keys.effects().get(0)).isInstanceOf(Effect.SavePosition.class);
        assertThat(keys.effects().get(1)).isEqualTo(new Effect.Quit());
        assertThat(keys(80, 24).run("ENTER } } C-c").effects().get(0)).isInstanceOf(Effect.SavePosition.class);
    }

    @Test
    void aDocumentOnlyGlancedAtGetsNoPosition() {
        assertThat(saves(keys(80, 24).run("ENTER q"))).isEmpty();
        assertThat(saves(keys(80, 24).run("ENTER } } { { q"))).isEmpty();
    }

    @Test
    void goingBackToTheTopOfAReadDocumentIsSavedToo() {
        KeyScript keys = withPlaces(keys(80, 24), Map.of(seed.name(), new Place(5, 0)));
        keys.run("ENTER g q");
        assertThat(saves(keys)).containsExactly(new Effect.SavePosition(seed.name(), Place.TOP));
    }

    @Test
    void idleSavesOnceUntilTheReaderMovesAgain() {
        KeyScript keys = keys(80, 24).run("ENTER } }");
        keys.send(new Msg.Idle());
        assertThat(saves(keys)).hasSize(1);
        keys.send(new Msg.Idle());
        assertThat(saves(keys)).hasSize(1);
        keys.run("}");
        keys.send(new Msg.Idle());
        assertThat(saves(keys)).hasSize(2);
        keys.run("q");
        assertThat(saves(keys)).hasSize(2); // the list: nothing new to save
    }

    @Test
    void openingAgainLandsWhereItWasLeftWithANote() {
        Place left = new Place(5, 0);
        KeyScript keys = withPlaces(keys(80, 24), Map.of(seed.name(), left)).run("ENTER");
        assertThat(keys.state().reader().current()).isEqualTo(5);
        assertThat(ReadingPositions.placeOf(keys.state().reader())).isEqualTo(left);
        assertThat(keys.state().message()).isEqualTo("Back at ¶5, where you left off");
        assertThat(saves(keys.run("q"))).isEmpty(); // unchanged: nothing to write
    }

    @Test
    void thePlaceIsTheSameTextAtAnotherWidth() {
        KeyScript wide = keys(100, 30).run("ENTER : 6 ENTER j j q");
        Place place = saves(wide).get(0).place();
        KeyScript narrow = withPlaces(keys(40, 12), Map.of(seed.name(), place)).run("ENTER");
        var reader = narrow.state().reader();
        var top = reader.lines().get(reader.top());
        assertThat(top.paragraph()).isEqualTo(place.paragraph());
        assertThat(top.start()).isLessThanOrEqualTo(place.offset());
        assertThat(reader.lastLineOf(place.paragraph())).isGreaterThanOrEqualTo(reader.top());
    }

    @Test
    void theCurrentParagraphComesBackEvenWhenTheEndOfTheDocumentHoldsTheTopBack() {
        KeyScript keys = keys(100, 40).run("ENTER : 7 ENTER q");
        assertThat(saves(keys)).containsExactly(new Effect.SavePosition(seed.name(), new Place(7, 0)));
        KeyScript again = withPlaces(keys(100, 40), keys.state().places()).run("ENTER");
        assertThat(again.state().reader().current()).isEqualTo(7);
        assertThat(again.state().reader().top()).isEqualTo(keys.state().reader().top());
    }

    @Test
    void aPlaceBeyondAShortenedDocumentLandsOnItsLastParagraph() {
        KeyScript keys = withPlaces(keys(80, 24), Map.of(seed.name(), new Place(99, 1234))).run("ENTER");
        assertThat(keys.state().reader().current()).isEqualTo(seed.paragraphCount());
        assertThat(keys.state().message()).contains("¶" + seed.paragraphCount());
    }

    @Test
    void aFileOpenedBeforeTheDataFolderArrivedMovesToItsPlaceIfUntouched() {
        KeyScript keys = keys(80, 24);
        keys.send(new Msg.Open(0));
        withPlaces(keys, Map.of(seed.name(), new Place(4, 0)));
        assertThat(keys.state().reader().current()).isEqualTo(4);

        KeyScript moved = keys(80, 24);
        moved.send(new Msg.Open(0)).run("} }");
        withPlaces(moved, Map.of(seed.name(), new Place(6, 0)));
        assertThat(moved.state().reader().current()).isEqualTo(3); // the reader's own move wins
    }

    @Test
    void aBookmarkOpensAtItsParagraphNotAtTheSavedPlace() {
        KeyScript keys = keys(80, 24);
        keys.send(new Msg.DataLoaded(List.of(), List.of(new Mark("m1", seed.name(), "", 2, "", "", 1)),
                Map.of(seed.name(), new Place(6, 0)), ""));
        keys.run("' ENTER");
        assertThat(keys.state().reader().current()).isEqualTo(2);
        assertThat(keys.state().message()).doesNotContain("left off");
    }

    @Test
    void theEdgeCanAskForTheUnsavedPlaceWhenASignalStopsEverything() {
        KeyScript keys = keys(80, 24).run("ENTER } }");
        Effect.SavePosition unsaved = App.unsavedPosition(keys.state());
        assertThat(unsaved).isNotNull();
        assertThat(unsaved.place().paragraph()).isEqualTo(3);
        assertThat(App.unsavedPosition(keys(80, 24).state())).isNull(); // nothing open
    }

    @Test
    void theListShowsHowFarEachDocumentWasRead() {
        KeyScript keys = withPlaces(keys(100, 24), Map.of(seed.name(), new Place(4, 0)));
        String text = new View(measure, false).render(keys.state()).toText();
        String row = text.lines().filter(l -> l.contains(seed.title().substring(0, 10))).findFirst().orElseThrow();
        assertThat(row).contains(" 50%");
        String unread = new View(measure, false).render(keys(100, 24).state()).toText();
        assertThat(unread.lines().filter(l -> l.contains(seed.title().substring(0, 10))).findFirst().orElseThrow())
                .doesNotContain("%");
    }

    @Test
    void percentReadRunsFromTheFirstParagraphToTheLast() {
        assertThat(new Place(1, 0).percentOf(7)).isZero();
        assertThat(new Place(4, 0).percentOf(7)).isEqualTo(50);
        assertThat(new Place(7, 0).percentOf(7)).isEqualTo(100);
        assertThat(new Place(9, 0).percentOf(7)).isEqualTo(100);
        assertThat(new Place(1, 0).percentOf(1)).isEqualTo(100);
    }
}
