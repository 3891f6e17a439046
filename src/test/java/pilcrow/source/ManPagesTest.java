package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What makes text a man page, its name(section) title, and the requests kept from a formatter. */
class ManPagesTest {

    @Test
    void aPageStartsWithItsTitleRequestAfterOnlyControlLines() {
        assertThat(ManPages.isRoff("anything", ".TH LS 1\n.SH NAME\nls\n")).isTrue();
        assertThat(ManPages.isRoff("x.1", ".\\\" comment\n'\\\" t\n.de Sp\n.sp\n..\n\n.TH X 1\n")).isTrue();
        assertThat(ManPages.isRoff("x.7", ".Dd May 1, 2020\n.Dt X 7\n")).isTrue();
        // rst2man and pod2man define macros first, whose bodies and continued conditions are any lines
        assertThat(ManPages.isRoff("x.1", ".de1 rstReportMargin\n\\$1 \\n[an-margin]\nlevel\n..\n.if n \\{\\\n\\{\\\n.\\}\n.TH X 1\n"))
                .isTrue();
        assertThat(ManPages.isRoff("notes.txt", "Notes\n.TH is how a man page starts\n")).isFalse();
        assertThat(ManPages.isRoff("notes.1", "plain words\n")).isFalse();
    }

    @Test
    void aPageOfOneSoLineIsALinkByItsName() {
        assertThat(ManPages.soTarget("apt-add-repository.1", ".so man1/add-apt-repository.1\n"))
                .contains("man1/add-apt-repository.1");
        assertThat(ManPages.soTarget("notes.txt", ".so man1/add-apt-repository.1\n")).isEmpty();
        assertThat(ManPages.isRoff("notes.txt", ".so man1/x.1\n")).isFalse();
    }

    @Test
    void theTitleIsNameAndSectionSpelledAsTheFileSpellsIt() {
        assertThat(ManPages.title("ls.1", ".TH LS \"1\" \"September 2022\" \"GNU coreutils 9.1\"\n")).contains("ls(1)");
        assertThat(ManPages.title("openssl-ca.1ssl", ".TH OPENSSL-CA 1SSL\n")).contains("openssl-ca(1ssl)");
        assertThat(ManPages.title("page", ".TH \"MY\\-TOOL\" 8\n")).contains("MY-TOOL(8)");
        assertThat(ManPages.title("x.3pm", ".\\\" nothing\n")).contains("x(3pm)");
        assertThat(ManPages.title("x", "no title\n")).isEqualTo(Optional.empty());
    }

    @Test
    void requestsThatReachOutsideThePageAreTakenOut() {
        String page = ".TH X 1\n.so /etc/passwd\n.if n .cf /etc/shadow\n'sy rm -rf ~\n.\\*x /etc/hosts\nText .so stays\n";

        String confined = ManPages.confined(page).orElseThrow();

        assertThat(confined).doesNotContain("/etc/passwd", "/etc/shadow", "rm -rf", "/etc/hosts");
        assertThat(confined).contains(".TH X 1\n", "Text .so stays\n");
    }

    @Test
    void aPageThatChangesTheControlCharacterIsNotFormatted() {
        assertThat(ManPages.confined(".TH X 1\n.cc #\n#so /etc/passwd\n")).isEmpty();
        assertThat(ManPages.confined(".TH X 1\n.ec !\n")).isEmpty();
    }
}
