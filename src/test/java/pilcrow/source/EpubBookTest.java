package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.model.Heading;
import pilcrow.core.model.Outline;
import pilcrow.core.model.WholeText;
import pilcrow.testing.Epubs;

/** EPUB 2 and 3 books read into one document: metadata, spine order, outline, images, links. */
class EpubBookTest {

    @TempDir
    Path dir;

    private Document read(Epubs.Book book, String name) throws IOException {
        LoadResult result = DocumentReader.read(FileSource.of(book.writeTo(dir.resolve(name))));
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).document();
    }

    private static List<String> texts(Document document) {
        return document.blocks().stream().map(Block::text).toList();
    }

    private static List<String> outline(Document document) {
        WholeText text = new WholeText(document);
        Outline outline = text.outline(text.emptyNumbering());
        return outline.headings().stream().map(Heading::text).toList();
    }

    @Test
    void anEpub3BookIsItsChaptersInSpineOrderWithTitleAndAuthor() throws IOException {
        Document book = read(Epubs.sample(Epubs.epub3()), "book.epub");

        assertThat(book.title()).isEqualTo("A Test Book");
        assertThat(texts(book)).containsExactly(
                "by Ada Writer",
                "The Start", "It was a bright morning in the valley.", "See the harbour later.",
                "Interlude", "A quiet paragraph without a heading, about lanterns.", "A map of the valley",
                "The End", "Night came.", "The Harbour", "Boats rocked at the quay.");
        assertThat(book.blocks()).extracting(Block::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    /**
     * A book's opening is its first chapter as the whole book begins: the same title and blocks,
     * numbered the same (the reader shows it first and the whole book as it grown); the library of
     * openings names the books, and reads them whole on asking.
     */
    @Test
    void aBooksOpeningIsTheWholeBooksBeginningAndTheLibraryReadsItWholeOnAsking() throws IOException {
        for (Epubs.Book sample : List.of(Epubs.sample(Epubs.epub3()), Epubs.sample(Epubs.epub2()).authors())) {
            Path file = sample.writeTo(dir.resolve("book.epub"));
            Document whole = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
            LoadResult opened = DocumentReader.bookOpening(FileSource.of(file)).orElseThrow();
            Document opening = ((LoadResult.Loaded) opened).document();

            assertThat(opening.title()).isEqualTo(whole.title());
            assertThat(opening.blocks()).extracting(Block::number, Block::kind, Block::text)
                    .isEqualTo(whole.blocks().subList(0, opening.blocks().size()).stream()
                            .map(b -> org.assertj.core.groups.Tuple.tuple(b.number(), b.kind(), b.text())).toList());
            assertThat(texts(opening)).contains("It was a bright morning in the valley.").doesNotContain("Night came.");
        }
        Path text = Files.writeString(dir.resolve("note.txt"), "A note\n\nSome text.\n");
        assertThat(DocumentReader.bookOpening(FileSource.of(text))).isEmpty();

        Library library = Library.loadOpenings("two", List.of(text.toString(), dir.resolve("book.epub").toString()),
                java.io.InputStream.nullInputStream(), count -> { });
        assertThat(library.books()).containsExactly(1);
        Document wholeAfter = ((LoadResult.Loaded) library.withBooksWhole().entries().get(1)).document();
        assertThat(texts(wholeAfter)).contains("Night came.");
        assertThat(((LoadResult.Loaded) library.withBooksWhole().entries().get(0)).document().title()).isEqualTo("A note");
    }

    /** Every chapter's table of contents entry is a heading: its own, or its label where it starts otherwise. */
    @Test
    void theOutlineListsEveryChapterFromTheNavigationDocument() throws IOException {
        Document book = read(Epubs.sample(Epubs.epub3()), "book.epub");

        assertThat(outline(book)).containsExactly("The Start", "Interlude", "The End", "The Harbour");
        assertThat(book.blocks().get(4).kind()).isEqualTo(BlockKind.HEADING);
    }

    @Test
    void anEpub2BookTakesItsOutlineFromTheNcx() throws IOException {
        Document book = read(Epubs.sample(Epubs.epub2()).authors("Ada Writer", "Bo Second"), "book2.epub");

        assertThat(book.title()).isEqualTo("A Test Book");
        assertThat(texts(book).get(0)).isEqualTo("by Ada Writer, Bo Second");
        assertThat(outline(book)).containsExactly("The Start", "Interlude", "The End", "The Harbour");
    }

    /** A link to another chapter's id is the anchor of the heading it lands on, which the reader follows. */
    @Test
    void aLinkBetweenChaptersLeadsToTheHeadingItLandsOn() throws IOException {
        Document book = read(Epubs.sample(Epubs.epub3()), "book.epub");

        Block see = book.blocks().get(3);
        assertThat(see.links()).hasSize(1);
        String target = see.links().get(0).target();
        assertThat(target).isEqualTo("#the-harbour");
        WholeText text = new WholeText(book);
        assertThat(text.outline(text.emptyNumbering()).anchored(target.substring(1)))
                .hasValueSatisfying(h -> assertThat(h.text()).isEqualTo("The Harbour"));
    }

    @Test
    void aBookIsKnownByItsSignatureWithoutItsName() throws IOException {
        Document book = read(Epubs.sample(Epubs.epub3()), "book-without-ending");

        assertThat(book.title()).isEqualTo("A Test Book");
    }

    @Test
    void aFolderListsABookByItsTitle() throws IOException {
        Epubs.sample(Epubs.epub3()).title("Folder Book").writeTo(dir.resolve("a.epub"));
        Files.writeString(dir.resolve("notes.txt"), "Notes\n\nSome notes.\n");

        Library library = Library.load("d", List.of(dir.toString()), java.io.InputStream.nullInputStream());

        assertThat(library.errors()).isEmpty();
        assertThat(library.entries()).extracting(entry -> ((LoadResult.Loaded) entry).document().title())
                .containsExactly("Folder Book", "Notes");
    }
}
