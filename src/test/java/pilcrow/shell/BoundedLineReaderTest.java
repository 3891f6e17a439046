package pilcrow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    @Test
    void linesEndAtAnyLineBreakAndEndOfInput() throws IOException {
        BoundedLineReader lines = new BoundedLineReader(new StringReader("one\r\ntwo\rthree\nfour"), 100);
        assertThat(lines.readLine()).isEqualTo("one");
        assertThat(lines.readLine()).isEqualTo("two");
        assertThat(lines.readLine()).isEqualTo("three");
        assertThat(lines.readLine()).isEqualTo("four");
        assertThat(lines.readLine()).isNull();
    }

    @Test
    void anEndlessLineIsCutAndTheNextLineStillArrives() throws IOException {
        String huge = "x".repeat(1_000_000);
        BoundedLineReader lines = new BoundedLineReader(new StringReader(huge + "\nwhere\n"), 4096);
        assertThat(lines.readLine()).hasSize(4096);
        assertThat(lines.readLine()).isEqualTo("where");
        assertThat(lines.readLine()).isNull();
    }

    @Test
    void emptyLinesAreLines() throws IOException {
        BoundedLineReader lines = new BoundedLineReader(new StringReader("\n\r\n"), 10);
        assertThat(lines.readLine()).isEmpty();
        assertThat(lines.readLine()).isEmpty();
        assertThat(lines.readLine()).isNull();
    }
}
