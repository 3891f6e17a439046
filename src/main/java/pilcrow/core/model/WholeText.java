package pilcrow.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Guard;
import pilcrow.core.find.Match;

/**
 * A {@link Document} in memory read as a {@link DocumentText}: its places are the paragraph
 * numbers 1 to n, its blocks keep their kinds (headings, lists, quotes, code), and its numbering
 * is complete from the start.
 */
public final class WholeText implements DocumentText {

    private final Document document;
    private volatile String fingerprint;
    private volatile Outline outline;

    public WholeText(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    @Override
    public Document held() {
        return document;
    }

    @Override
    public int wordCount() {
        return document.wordCount();
    }

    private int count() {
        return document.paragraphCount();
    }

    @Override
    public String name() {
        return document.name();
    }

    @Override
    public String title() {
        return document.title();
    }

    @Override
    public boolean titleInText() {
        return document.titleInText();
    }

    @Override
    public Optional<String> source() {
        return document.source();
    }

    @Override
    public long size() {
        return document.byteSize();
    }

    @Override
    public long first() {
        return count() > 0 ? 1 : -1;
    }

    @Override
    public long last() {
        return count() > 0 ? count() : -1;
    }

    @Override
    public long next(long place) {
        return place >= 1 && place < count() ? place + 1 : -1;
    }

    @Override
    public long previous(long place) {
        return place > 1 && place <= count() ? place - 1 : -1;
    }

    @Override
    public long placeAt(long offset) {
        return count() == 0 ? -1 : Math.max(1, Math.min(offset, count()));
    }

    /** By paragraphs: 50% of 10 is the fifth, 0% the first, 100% the last. */
    @Override
    public long placeAtPercent(int percent) {
        return count() == 0 ? -1 : placeAt(Math.max(1, (count() * (long) percent + 99) / 100));
    }

    @Override
    public boolean continues(long place) {
        return false;
    }

    @Override
    public String text(long place) {
        return block(place).text();
    }

    @Override
    public Block block(long place) {
        return document.paragraph((int) place);
    }

    /** The whole text's hash (as bookmarks have always had it), computed once: it reads every paragraph. */
    @Override
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = Anchors.fingerprint(document);
            fingerprint = known;
        }
        return known;
    }

    /** Every heading, found once: the status line asks for the section at every draw. */
    @Override
    public Outline outline(Numbering numbering) {
        Outline known = outline;
        if (known == null) {
            known = Outline.read(this, numbering);
            outline = known;
        }
        return known;
    }

    /** The document itself: it is here, blocks and all. */
    @Override
    public Document standIn() {
        return document;
    }

    @Override
    public boolean laysOutWhole() {
        return true;
    }

    @Override
    public boolean locatesQuotes() {
        return true;
    }

    @Override
    public int estimatedParagraphs() {
        return count();
    }

    @Override
    public Numbering emptyNumbering() {
        return Numbering.complete(count());
    }

    @Override
    public int progressTotal() {
        return count();
    }

    @Override
    public boolean findEach(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                            IntConsumer progress, Consumer<Found> each) {
        return findEach(pattern, literal, caseSensitive, cancelled, Guard.BUDGET_NANOS, progress, each);
    }

    /**
     * The title, each paragraph (one step of the guard's, progress told after each), then the
     * source line: {@link Finder}'s order. A cancel is seen between paragraphs, or within one
     * through the guard ({@link Guard.Stopped}, thrown).
     */
    @Override
    public boolean findEach(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                            long budgetNanos, IntConsumer progress, Consumer<Found> each) {
        Guard guard = Guard.of(cancelled, budgetNanos, System::nanoTime);
        search(document.title(), Match.TITLE, pattern, guard, each);
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            Block block = blocks.get(i);
            search(block.text(), block.number(), pattern, guard, each);
            progress.accept(i + 1);
        }
        if (document.source().isPresent()) {
            search(document.source().get(), Match.SOURCE, pattern, guard, each);
        }
        return true;
    }

    private static void search(String text, int paragraph, Pattern pattern, Guard guard, Consumer<Found> each) {
        List<Match> matches = new ArrayList<>();
        Finder.findIn(text, paragraph, pattern, guard, matches);
        for (Match match : matches) {
            each.accept(new Found(match, text));
        }
    }
}
