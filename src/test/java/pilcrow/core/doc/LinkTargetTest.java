package pilcrow.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a link points, and the URI an OSC 8 hyperlink may carry. */
class LinkTargetTest {

    @Test
    void aTargetIsAnAnchorAUrlOrADocumentBeside() {
        assertThat(LinkTarget.of("#Use")).isEqualTo(new LinkTarget(LinkTarget.Kind.ANCHOR, "", "Use"));
        assertThat(LinkTarget.of("mailto:a@b.c").kind()).isEqualTo(LinkTarget.Kind.EXTERNAL);
        assertThat(LinkTarget.of("../my%20notes.md?x=1#use"))
                .isEqualTo(new LinkTarget(LinkTarget.Kind.DOCUMENT, "../my notes.md", "use"));
        assertThat(LinkTarget.of("other.md").names("docs/guide.md", "docs/./other.md")).isTrue();
        assertThat(LinkTarget.of("../other.md").names("docs/guide.md", "other.md")).isTrue();
        assertThat(LinkTarget.of("other.md").names("docs/guide.md", "other.md")).isFalse();
    }

    @Test
    void onlyHttpHttpsAndMailtoBecomeHyperlinksEveryOtherByteEncoded() {
        assertThat(LinkTarget.hyperlink("https://e.com/a\u001b\\b c\u00e9")).contains("https://e.com/a%1B\\b%20c%C3%A9");
        assertThat(LinkTarget.hyperlink("HTTP://e.com")).contains("HTTP://e.com");
        assertThat(LinkTarget.hyperlink("mailto:a@b.c")).contains("mailto:a@b.c");
        assertThat(LinkTarget.hyperlink("javascript:alert(1)")).isEmpty();
        assertThat(LinkTarget.hyperlink("file:///etc/passwd")).isEmpty();
        assertThat(LinkTarget.hyperlink("guide.md")).isEmpty();
    }
}
