package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;

/** YAML and TOML front matter at the very start of a Markdown file: metadata, its title the title. */
class FrontMatterTest {

    private static Document markdown(String text) {
        return MarkdownParser.parse("doc.md", text, "doc.md", text.length());
    }

    @Test
    void yamlFrontMatterIsMetadataAndItsTitleTheTitle() {
        Document d = markdown("---\ntitle: Coding Style\ncategory: Contributing\nlayout: default\n---\n\n"
                + "Some text.\n\nMore text.\n");
        assertThat(d.title()).isEqualTo("Coding Style");
        assertThat(d.titleInText()).isTrue();
        assertThat(d.blocks()).extracting(Block::text).containsExactly("Some text.", "More text.");
    }

    @Test
    void tomlFrontMatterIsMetadataAndItsTitleTheTitle() {
        Document d = markdown("+++\ndate = 2024-01-02\ntitle = \"Release notes\"\n[params]\ntitle = 'not this'\n+++\n"
                + "Body.\n");
        assertThat(d.title()).isEqualTo("Release notes");
        assertThat(d.blocks()).extracting(Block::text).containsExactly("Body.");
        assertThat(FrontMatter.split("+++\n[params]\ntitle = 'a table's'\n+++\n").title()).isEmpty();
    }

    @Test
    void titlesAreUnquotedAndAQuoteInsideKept() {
        assertThat(FrontMatter.split("---\ntitle: \"Say \\\"hi\\\"\"\n---\n").title()).contains("Say \"hi\"");
        assertThat(FrontMatter.split("---\ntitle: 'It''s here'  \n---\n").title()).contains("It's here");
        assertThat(FrontMatter.split("---\ntitle:   plain words  \n---\n").title()).contains("plain words");
        assertThat(FrontMatter.split("---\ntitle:\n---\n").title()).isEmpty();
        assertThat(FrontMatter.split("---\ntitle: |\n  block\n---\n").title()).isEmpty();
        assertThat(FrontMatter.split("---\n  title: nested\n---\n").title()).isEmpty();
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsStillTheTitle() {
        Document d = markdown("---\ntitle: x\nno closing fence\n\n# Heading\n\nText.\n");
        assertThat(d.title()).isEqualTo("Heading");
        assertThat(d.blocks()).extracting(Block::text).contains("Text.");
        assertThat(FrontMatter.split(" ---\ntitle: x\n---\n").title()).isEmpty(); // not at the very start
        assertThat(FrontMatter.split("\n---\ntitle: x\n---\n").title()).isEmpty();
        assertThat(FrontMatter.split("---\n\ntitle: x\n---\n").title()).isEmpty(); // a rule, then text
        assertThat(FrontMatter.split("+++\ntitle = \"x\"\n---\n").body()).startsWith("+++");
    }

    @Test
    void aHeadingThatRepeatsTheTitleLeavesTheBodyAndAnotherStays() {
        Document same = markdown("---\ntitle: Coding Style\n---\n\n# Coding Style\n\nText.\n");
        assertThat(same.blocks()).extracting(Block::text).containsExactly("Text.");
        Document other = markdown("---\ntitle: Guide\n---\n\n# Install\n\nText.\n");
        assertThat(other.title()).isEqualTo("Guide");
        assertThat(other.blocks()).extracting(Block::text).containsExactly("Install", "Text.");
    }

    @Test
    void aHostileTitleIsSanitized() {
        Document d = markdown("---\ntitle: \"evil\\e]0;owned\\a \u202e txt\u001b[2J\"\n---\nBody.\n");
        assertThat(d.title()).doesNotContain("\u001b", "\u0007", "\u202e").contains("<U+202E>");
        assertThat(FrontMatter.split("---\ntitle: " + "x".repeat(10_000) + "\n---\n").title().orElseThrow())
                .hasSizeLessThanOrEqualTo(FrontMatter.MAX_TITLE_CHARS);
        assertThat(FrontMatter.split("---\r\ntitle: x\r\n---\r\n").title()).isEqualTo(Optional.of("x"));
    }
}
