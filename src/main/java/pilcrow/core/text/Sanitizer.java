package pilcrow.core.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The one gate between untrusted text (documents, file names, notes, typed input) and the terminal.
 *
 * <p>Nothing that could steer a terminal survives: C0 controls, DEL and C1 controls become caret or
 * hex notation, bidirectional and invisible format characters become {@code <U+XXXX>} (Trojan
 * Source, CVE-2021-42574), and bytes that were not valid text (kept by {@link ByteEscapes} as lone
 * surrogates) become {@code <XX>}. The output is plain, visible text and never longer than it needs
 * to be: printable text passes through unchanged.
 */
public final class Sanitizer {

    private Sanitizer() {
    }

    /** For running text: keeps newlines and tabs, which the layout handles itself. */
    public static String text(CharSequence s) {
        return sanitize(s, true);
    }

    /**
     * Names the escape sequences a caller takes out of the text itself (SGR colour in plain text):
     * the length of the one at an index, or 0.
     */
    @FunctionalInterface
    public interface KeptSequences {
        /** Nothing kept: every escape is shown. */
        KeptSequences NONE = (s, index) -> 0;

        int lengthAt(CharSequence s, int index);
    }

    /**
     * As {@link #text}, but the sequences {@code kept} names are left as they are, for the caller
     * to take out before anything is shown. Only ESC followed by printable ASCII is ever kept, so no
     * other control passes, whatever {@code kept} answers.
     */
    public static String textKeeping(CharSequence s, KeptSequences kept) {
        return sanitize(s, true, kept);
    }

    private static boolean isPrintableAscii(CharSequence s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < 0x20 || s.charAt(i) >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** For a single line (file names, titles, prompts, messages): newlines and tabs are shown too. */
    public static String line(CharSequence s) {
        return sanitize(s, false);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Added to a byte below 0x80, sets its high bit from 0x20 up: what is still clear is a control character. */
    private static final long CONTROL_EDGE = ONES * 0x60;
    /** What UTF-8 encoding makes of a lone surrogate. */
    private static final long QUESTION_MARKS = ONES * '?';

    /** True when {@link #text} would return its input unchanged. */
    public static boolean isClean(CharSequence s, boolean keepLineBreaks) {
        if (s instanceof String string) {
            // An ASCII string is checked in its bytes: a loop of charAt cost several times more
            // under C1, which the launcher uses for pilcrow find and the reader.
            byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
            if (bytes.length == string.length()) {
                Boolean clean = isCleanAscii(string, bytes, keepLineBreaks);
                if (clean != null) {
                    return clean;
                }
            }
        }
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            // Printable ASCII by a plain comparison first: nearly all of most documents.
            if ((c >= 0x20 && c < 0x7F) || (keepLineBreaks && (c == '\n' || c == '\t'))) {
                i++;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            if (visibleForm(cp, i, keepLineBreaks) != null) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * {@link #isClean} for a string encoded in as many UTF-8 bytes as it has characters: ASCII,
     * unless a lone surrogate was encoded as '?', and then null. Clean: no control character but
     * the kept line breaks, and no DEL. Eight bytes a step.
     */
    private static Boolean isCleanAscii(String string, byte[] bytes, boolean keepLineBreaks) {
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            long question = word ^ QUESTION_MARKS;
            if (((~(word + CONTROL_EDGE) | (word + ONES) | (question - ONES) & ~question) & HIGHS) != 0) {
                Boolean clean = isCleanAscii(string, bytes, i, i + Long.BYTES, keepLineBreaks);
                if (clean != Boolean.TRUE) {
                    return clean;
                }
            }
        }
        return isCleanAscii(string, bytes, i, bytes.length, keepLineBreaks);
    }

    private static Boolean isCleanAscii(String string, byte[] bytes, int from, int to, boolean keepLineBreaks) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '?' && string.charAt(i) != '?') {
                return null;
            }
            if ((b < 0x20 || b == 0x7F) && !(keepLineBreaks && (b == '\n' || b == '\t'))) {
                return Boolean.FALSE;
            }
        }
        return Boolean.TRUE;
    }

    private static String sanitize(CharSequence s, boolean keepLineBreaks) {
        return sanitize(s, keepLineBreaks, KeptSequences.NONE);
    }

    /** The one loop: each code point as it is or in its visible form, but for the sequences {@code kept} names. */
    private static String sanitize(CharSequence s, boolean keepLineBreaks, KeptSequences kept) {
        if (isClean(s, keepLineBreaks)) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int length = s.charAt(i) == 0x1B ? kept.lengthAt(s, i) : 0;
            if (length > 1 && isPrintableAscii(s, i + 1, i + length)) {
                out.append(s, i, i + length);
                i += length;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            String visible = visibleForm(cp, i, keepLineBreaks);
            if (visible == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(visible);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The visible replacement for a code point, or null when it may be shown as it is. */
    static String visibleForm(int cp, int index, boolean keepLineBreaks) {
        if (cp == '\n' || cp == '\t') {
            return keepLineBreaks ? null : (cp == '\n' ? "^J" : " ");
        }
        if (cp < 0x20) {
            return "^" + (char) (cp + 0x40);
        }
        if (cp == 0x7F) {
            return "^?";
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            return "<" + hex2(cp) + ">";
        }
        if (ByteEscapes.isEscapedByte(cp)) {
            return "<" + hex2(ByteEscapes.byteOf(cp)) + ">";
        }
        if ((cp <= 0xFFFF && Character.isSurrogate((char) cp)) || isFormatHazard(cp, index)) {
            return String.format("<U+%04X>", cp);
        }
        return null;
    }

    /** Bidirectional controls and invisible characters that can hide or reorder what is shown. */
    private static boolean isFormatHazard(int cp, int index) {
        return (cp >= 0x202A && cp <= 0x202E)       // LRE, RLE, PDF, LRO, RLO
                || (cp >= 0x2066 && cp <= 0x2069)   // LRI, RLI, FSI, PDI
                || cp == 0x200E || cp == 0x200F     // LRM, RLM
                || cp == 0x061C                     // Arabic letter mark
                || cp == 0x200B                     // zero width space
                || (cp >= 0x2060 && cp <= 0x2064)   // word joiner, invisible operators
                || (cp >= 0x206A && cp <= 0x206F)   // deprecated format characters
                || (cp >= 0xFFF9 && cp <= 0xFFFB)   // interlinear annotation
                || (cp == 0xFEFF && index > 0);     // a BOM inside the text is a zero width no-break space
    }

    private static String hex2(int value) {
        return String.format("%02X", value);
    }
}
