package pilcrow.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;

/** A document's headings through the text abstraction, and the section a paragraph is in. */
class OutlineTest {

    /** ¶1 prose, ¶2 "# One", ¶3 prose, ¶4 "## One.a", ¶5 prose, ¶6 "# Two", ¶7 prose. */
    private static Document sectioned() {
        return new Document("d.md", "Title", List.of(
                Block.paragraph(1, "before any heading"),
                new Block(2, BlockKind.HEADING, 1, "", "One"),
                Block.paragraph(3, "in one"),
                new Block(4, BlockKind.HEADING, 2, "", "One.a"),
                Block.paragraph(5, "in one.a"),
                new Block(6, BlockKind.HEADING, 1, "", "Two"),
                Block.paragraph(7, "in two")), Optional.empty(), 0, false);
    }

    private static Outline outline(Document document) {
        return TextSnapshot.of(new WholeText(document)).outline();
    }

    @Test
    void aTextInMemoryListsItsHeadingsWithLevelsAndNumbers() {
        Outline outline = outline(sectioned());
        assertThat(outline.known()).isTrue();
        assertThat(outline.headings()).containsExactly(
                new Heading(2, 2, 1, "One"), new Heading(4, 4, 2, "One.a"), new Heading(6, 6, 1, "Two"));
    }

    @Test
    void aParagraphIsInTheSectionOfTheLastHeadingAtOrBeforeIt() {
        Outline outline = outline(sectioned());
        assertThat(outline.sectionOf(1)).isEmpty();
        assertThat(outline.sectionOf(2).map(Heading::text)).contains("One");
        assertThat(outline.sectionOf(3).map(Heading::text)).contains("One");
        assertThat(outline.sectionOf(5).map(Heading::text)).contains("One.a");
        assertThat(outline.sectionOf(7).map(Heading::text)).contains("Two");
        assertThat(outline.sectionIndex(5)).isEqualTo(1);
    }

    @Test
    void theNextAndPreviousHeadingAreCountedFromAParagraph() {
        Outline outline = outline(sectioned());
        assertThat(outline.after(1).map(Heading::number)).contains(2);
        assertThat(outline.after(2).map(Heading::number)).contains(4);
        assertThat(outline.after(6)).isEmpty();
        assertThat(outline.before(5).map(Heading::number)).contains(4);
        assertThat(outline.before(4).map(Heading::number)).contains(2);
        assertThat(outline.before(2)).isEmpty();
    }

    @Test
    void aDocumentWithoutHeadingsHasAnEmptyOutlineThatIsKnown() {
        Outline outline = outline(new Document("d.txt", "T", List.of(Block.paragraph(1, "prose")),
                Optional.empty(), 0, false));
        assertThat(outline.known()).isTrue();
        assertThat(outline.headings()).isEmpty();
        assertThat(outline.sectionOf(1)).isEmpty();
    }

    @Test
    void aTextThatDoesNotListItsHeadingsSaysTheyAreNotKnown() {
        assertThat(Outline.NOT_KNOWN.known()).isFalse();
        assertThat(Outline.NOT_KNOWN.sectionOf(10)).isEmpty();
        assertThat(Outline.NOT_KNOWN.after(1)).isEmpty();
    }

    @Test
    void anAnchorNamesAHeadingByGitHubsSlug() {
        Outline outline = new Outline(List.of(new Heading(1, 1, 1, "Getting Started!"),
                new Heading(2, 2, 2, "C++ & Rust: a_b-c"), new Heading(3, 3, 2, "Use"), new Heading(4, 4, 2, "Use")), true);
        assertThat(outline.anchored("getting-started")).map(Heading::number).contains(1);
        assertThat(outline.anchored("Getting-Started")).as("compared in lower case").map(Heading::number).contains(1);
        assertThat(outline.anchored("c--rust-a_b-c")).map(Heading::number).contains(2);
        assertThat(outline.anchored("use")).map(Heading::number).contains(3);
        assertThat(outline.anchored("use-1")).as("a repeated heading is numbered").map(Heading::number).contains(4);
        assertThat(outline.anchored("nowhere")).isEmpty();
    }
}
