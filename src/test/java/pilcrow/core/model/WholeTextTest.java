package pilcrow.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Match;
import pilcrow.testing.SourceGens;

/** A document in memory read through the one text abstraction gives back exactly the document. */
class WholeTextTest {

    private static final int TRIES = 500;

    private static Gen<Block> blocks() {
        return SourceGens.pick(BlockKind.values()).zip(SourceGens.joined(SourceGens.pick("ab", "a", "b", "ba ", " "),
                "", 0, 8, TRIES), (kind, text) -> new Block(0, kind, kind == BlockKind.HEADING ? 2 : 0,
                        kind == BlockKind.LIST_ITEM ? "\u2022" : "", text));
    }

    /** Documents of 0 to 30 blocks of every kind, numbered from 1, some with a source line. */
    private static Gen<Document> documents() {
        return SourceGens.listsOf(blocks(), 0, 30, TRIES).zip(SourceGens.pick(true, false), (raw, sourced) -> {
            List<Block> numbered = new ArrayList<>();
            for (Block b : raw) {
                numbered.add(new Block(numbered.size() + 1, b.kind(), b.level(), b.marker(), b.text()));
            }
            return new Document("d.txt", "a title ab", numbered, sourced ? Optional.of("-ab source") : Optional.empty(),
                    0, true);
        });
    }

    @Test
    void walkingFromFirstWithNextGivesTheDocumentsBlocks() {
        qt().withExamples(TRIES).forAll(documents()).checkAssert(document -> {
            WholeText text = new WholeText(document);
            List<Block> walked = new ArrayList<>();
            for (long place = text.first(); place >= 0; place = text.next(place)) {
                walked.add(text.block(place));
                assertThat(text.text(place)).isEqualTo(text.block(place).text());
                assertThat(text.emptyNumbering().numberAt(place)).isEqualTo(text.block(place).number());
            }
            assertThat(walked).isEqualTo(document.blocks());
        });
    }

    @Test
    void walkingFromLastWithPreviousGivesThemBackwards() {
        qt().withExamples(TRIES).forAll(documents()).checkAssert(document -> {
            WholeText text = new WholeText(document);
            List<Block> walked = new ArrayList<>();
            for (long place = text.last(); place >= 0; place = text.previous(place)) {
                walked.add(0, text.block(place));
                if (text.next(place) >= 0) {
                    assertThat(text.previous(text.next(place))).isEqualTo(place);
                }
            }
            assertThat(walked).isEqualTo(document.blocks());
        });
    }

    @Test
    void findEachHandsOnFindersMatchesInOrderWithTheirTexts() {
        Pattern pattern = Pattern.compile("ab|ba");
        qt().withExamples(TRIES).forAll(documents()).checkAssert(document -> {
            WholeText text = new WholeText(document);
            List<DocumentText.Found> found = new ArrayList<>();
            List<Integer> progress = new ArrayList<>();
            boolean done = text.findEach(pattern, null, false, () -> false, progress::add, found::add);
            assertThat(done).isTrue();
            assertThat(found.stream().map(DocumentText.Found::match).toList())
                    .isEqualTo(Finder.find(document, pattern));
            for (DocumentText.Found f : found) {
                assertThat(f.text()).isEqualTo(f.match().textIn(document));
            }
            assertThat(progress).hasSize(document.paragraphCount());
            if (!progress.isEmpty()) {
                assertThat(progress.get(progress.size() - 1)).isEqualTo(text.progressTotal());
            }
        });
    }

    @Test
    void theNumberingIsCompleteFromTheStartAndPlacesAreNumbers() {
        Document document = new Document("d.txt", "T", List.of(Block.paragraph(1, "a"), Block.paragraph(2, "b")),
                Optional.empty(), 3, true);
        Numbering numbering = new WholeText(document).emptyNumbering();
        assertThat(numbering.complete()).isTrue();
        assertThat(numbering.count()).isEqualTo(2);
        assertThat(numbering.estimatedTotal(99)).isEqualTo(2);
        assertThat(numbering.placeOf(2)).isEqualTo(2);
        assertThat(numbering.numberAt(3)).isEqualTo(-1);
        assertThat(new WholeText(document).placeAt(7)).isEqualTo(2);
        assertThat(Match.TITLE).isEqualTo(0);
    }

    @Test
    void aCancelledFindStopsBetweenParagraphs() {
        Document document = new Document("d.txt", "ab", List.of(Block.paragraph(1, "ab"), Block.paragraph(2, "ab")),
                Optional.empty(), 0, true);
        List<DocumentText.Found> found = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        boolean done = new WholeText(document).findEach(Pattern.compile("ab"), "ab", false, cancelled::get, n -> { },
                f -> {
                    found.add(f);
                    cancelled.set(true); // cancelled once the title's match is handed on
                });
        assertThat(done).isFalse();
        assertThat(found).extracting(f -> f.match().paragraph()).containsExactly(Match.TITLE);
    }
}
