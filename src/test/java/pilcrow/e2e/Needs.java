package pilcrow.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The programs an end-to-end test class runs besides the jar (tmux, the OpenSSH client, ...);
 * {@link Tools} checks them before the class runs, and skips or fails it when one is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Tools.class)
@interface Needs {
    String[] value();
}
