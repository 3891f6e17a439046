package pilcrow.core.text;

/** One wrapped line as a range of chars in the text it was cut from, so matches map onto lines. */
public record LineSpan(int start, int end) {

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

}
