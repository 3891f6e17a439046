package pilcrow.core.find;

/**
 * Where a scan for a word looks first: its rarest letter, by English letter frequency (anything
 * that is not a letter counts as rarer still). A scan that tests eight bytes at a time for that
 * letter compares the whole word at few places.
 */
public final class RareLetter {

    /** English letters from the most to the least frequent. */
    private static final String BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

    private RareLetter() {
    }

    /** The index in {@code word} (ASCII bytes) of its rarest letter; the first of equals. */
    public static int indexIn(byte[] word) {
        int best = 0;
        int bestRarity = -1;
        for (int i = 0; i < word.length; i++) {
            int rank = BY_FREQUENCY.indexOf(Character.toLowerCase((char) word[i]));
            int rarity = rank < 0 ? BY_FREQUENCY.length() : rank;
            if (rarity > bestRarity) {
                best = i;
                bestRarity = rarity;
            }
        }
        return best;
    }
}
