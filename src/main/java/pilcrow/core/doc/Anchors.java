package pilcrow.core.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalInt;

/**
 * What a bookmark remembers of its place so it can be found again, as the W3C Web Annotation
 * model's text-quote selector does: a content fingerprint of the document (it finds a document
 * that was moved or renamed) and the start of the paragraph's text (it finds the paragraph after
 * paragraphs were inserted before it).
 */
public final class Anchors {

    /** How much of a paragraph a quote keeps. */
    public static final int QUOTE_LENGTH = 60;

    private Anchors() {
    }

    /** A short fingerprint of the document's text: equal texts give equal fingerprints. */
    public static String fingerprint(Document document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(document.title().getBytes(StandardCharsets.UTF_8));
            for (Block block : document.blocks()) {
                digest.update((byte) '\n');
                digest.update(block.text().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The start of paragraph {@code number}'s text, cut at a whole character. */
    public static String quote(Document document, int number) {
        return quote(document.paragraph(number).text());
    }

    /** The start of a paragraph's text, cut at a whole character. */
    public static String quote(String text) {
        if (text.length() <= QUOTE_LENGTH) {
            return text;
        }
        int cut = Character.isLowSurrogate(text.charAt(QUOTE_LENGTH)) ? QUOTE_LENGTH - 1 : QUOTE_LENGTH;
        return text.substring(0, cut);
    }

    /**
     * Where a bookmarked paragraph is now: the same number if its text still starts with the quote,
     * else the first paragraph that does (paragraphs were inserted or removed before it), else the
     * first that contains it; empty when the quote is nowhere (the paragraph was rewritten).
     */
    public static OptionalInt locate(Document document, int number, String quote) {
        int count = document.paragraphCount();
        if (number >= 1 && number <= count && document.paragraph(number).text().startsWith(quote)) {
            return OptionalInt.of(number);
        }
        for (int n = 1; n <= count; n++) {
            if (document.paragraph(n).text().startsWith(quote)) {
                return OptionalInt.of(n);
            }
        }
        for (int n = 1; n <= count; n++) {
            if (!quote.isEmpty() && document.paragraph(n).text().contains(quote)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }
}
