package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Preferences' equality, written out by hand (see its equals): the same as a record's would be. */
class PreferencesTest {

    @Test
    void equalWhenEveryComponentIsEqual() {
        Preferences one = new Preferences(true, 72);
        Preferences same = new Preferences(true, 72, new KeyTables(KeyTables.DEFAULTS.all()));
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isEqualTo(one);
    }

    @Test
    void differentWhenAnyComponentDiffers() {
        Preferences one = new Preferences(true, 72);
        assertThat(one).isNotEqualTo(one.withNumbers(false));
        assertThat(one).isNotEqualTo(one.withMeasure(80));
        assertThat(one).isNotEqualTo(new Preferences(true, 72, new KeyTables(List.of())));
        assertThat(one).isNotEqualTo(null);
        assertThat(one).isNotEqualTo("Preferences[numbers=true, measure=72]");
    }
}
