package pilcrow.source;

import java.util.List;
import java.util.Optional;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.TextNormalizer;
import pilcrow.core.text.Sanitizer;

/**
 * A man page read as a document: formatted by the first formatter installed
 * ({@link ManFormatter}) and laid out as blocks ({@link ManPageLayout}), or, with none
 * installed, shown from its source ({@link RoffFallback}). A formatter stopped by a bound is
 * the page's one-line problem. Its title is {@code name(section)}.
 */
final class ManPageReader {

    private ManPageReader() {
    }

    /**
     * @param roff the page's source, decoded and normalized but not sanitized: the formatter reads
     *             it as roff, and what it prints is sanitized instead
     */
    static LoadResult read(DocumentSource source, String roff, long byteSize, ManFormatter formatter) {
        String title = Sanitizer.line(ManPages.title(source.innerFileName(), roff)
                .orElse(source.innerFileName()));
        Optional<String> link = ManPages.soTarget(source.innerFileName(), roff);
        if (link.isPresent()) {
            return loaded(source, title, List.of(linkParagraph(link.get())), byteSize);
        }
        Optional<String> confined = ManPages.confined(roff);
        ManFormatter.Outcome outcome = confined.isPresent() ? formatter.format(confined.get())
                : new ManFormatter.NotInstalled();
        if (outcome instanceof ManFormatter.Stopped stopped) {
            return new LoadResult.Failed(source, Sanitizer.line(stopped.reason()), false);
        }
        if (outcome instanceof ManFormatter.Formatted formatted) {
            String shown = Sanitizer.text(TextNormalizer.normalize(Overstrike.plain(formatted.text())));
            List<Block> blocks = ManPageLayout.blocks(shown);
            if (!blocks.isEmpty()) {
                return loaded(source, title, blocks, byteSize);
            }
        }
        return loaded(source, title, RoffFallback.blocks(Sanitizer.text(roff)), byteSize);
    }

    /** What a page that is only {@code .so man1/other.1} says: which page it is another name for. */
    private static Block linkParagraph(String target) {
        String file = target.substring(target.lastIndexOf('/') + 1);
        String named = ManPages.title(FileNames.inner(file), "").orElse(file);
        return Block.paragraph(1, Sanitizer.line("Another name for " + named + " (" + target + ")."));
    }

    private static LoadResult loaded(DocumentSource source, String title, List<Block> blocks, long byteSize) {
        return new LoadResult.Loaded(source, new Document(source.name(), title, blocks, Optional.empty(), byteSize,
                true));
    }
}
