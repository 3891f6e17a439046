package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdmissionTest {

    @Test
    void capsConnectionsPerAddressAndInAll() {
        Admission admission = new Admission(3, 2);

        assertThat(admission.admit("10.0.0.1")).isNull();
        assertThat(admission.admit("10.0.0.1")).isNull();
        assertThat(admission.admit("10.0.0.1")).contains("too many connections from 10.0.0.1");
        assertThat(admission.admit("10.0.0.2")).isNull();
        assertThat(admission.admit("10.0.0.3")).contains("too many sessions");

        admission.release("10.0.0.1");
        assertThat(admission.active()).isEqualTo(2);
        assertThat(admission.admit("10.0.0.3")).isNull();
        assertThat(admission.admit("10.0.0.1")).contains("too many sessions");
    }

    @Test
    void releasingAnAddressNeverAdmittedChangesNothing() {
        Admission admission = new Admission(1, 1);
        admission.release("10.0.0.9");
        assertThat(admission.active()).isZero();
        assertThat(admission.admit("10.0.0.1")).isNull();
    }
}
