package pilcrow.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Checks, once before an end-to-end test class runs, the programs it names with {@link Needs}. On
 * a fresh machine without them the class is skipped with one line saying what is missing, so
 * {@code mvn -B verify} still passes there; CI sets {@value #REQUIRED}{@code =true}, where a
 * missing program fails the class instead of skipping tests nobody would notice were skipped.
 *
 * <p>A condition rather than an assumption in {@code @BeforeAll}: failsafe counts a class aborted
 * there as no tests at all, and then leaves an older run's summary (with its failures) in place.
 */
final class Tools implements ExecutionCondition {

    /** The system property that turns a missing program into a failure. */
    static final String REQUIRED = "pilcrow.e2e.required";

    /** What to install for a program, where the package is not named after it. */
    private static final Map<String, String> PACKAGES = Map.of(
            "ssh", "an OpenSSH client",
            "ssh-keygen", "an OpenSSH client",
            "sftp", "an OpenSSH client",
            "kill", "procps",
            "python3", "python3 and python3-paramiko",
            "java", "a JDK");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("checked for the class");
        }
        Needs needs = testClass.getAnnotation(Needs.class);
        List<String> missing = Arrays.stream(needs.value()).filter(program -> !onPath(program)).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("all of " + String.join(", ", needs.value()) + " found");
        }
        boolean required = Boolean.getBoolean(REQUIRED);
        String line = message(testClass, missing, required);
        if (required) {
            throw new AssertionFailedError(line);
        }
        // Failsafe does not show a skipped class's reason: say it where Maven's output has it.
        System.out.println("[" + testClass.getSimpleName() + "] " + line);
        return ConditionEvaluationResult.disabled(line);
    }

    static String message(Class<?> testClass, List<String> missing, boolean required) {
        Set<String> toInstall = new LinkedHashSet<>();
        missing.forEach(program -> toInstall.add(PACKAGES.getOrDefault(program, program)));
        String notFound = String.join(", ", missing) + " not found on PATH: ";
        String install = "install " + String.join(", ", toInstall);
        if (required) {
            return notFound + "the end-to-end tests in " + testClass.getSimpleName()
                    + " cannot run, and -D" + REQUIRED + "=true makes that a failure (" + install + ")";
        }
        return notFound + "skipping the end-to-end tests in " + testClass.getSimpleName()
                + " (" + install + ", or set -D" + REQUIRED + "=true to fail instead)";
    }

    /** Whether an executable file of that name is in one of the PATH's folders, as a ProcessBuilder finds it. */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, program))
                .anyMatch(file -> Files.isRegularFile(file) && Files.isExecutable(file));
    }
}
