package pilcrow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package map of docs/architecture.md ("may import"), checked on the compiled classes: a
 * package may use only java.*, itself and what its row names. Read from bytecode, so a fully
 * qualified name counts as much as an import line. `pilcrow.cli` (the commands) may use
 * everything, so it has no row; nothing but cli uses cli, and nothing but cli and runtime itself
 * uses runtime.
 */
class ArchitectureTest {

    private static final String[] CORE_TEXT = {"pilcrow.core.text.."};
    private static final String[] CORE_DOC = {"pilcrow.core.doc.."};

    /** Package (with its subpackages) to the packages it may use besides java.* and itself. */
    private static final Map<String, String[]> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("pilcrow.core.text", new String[] {});
        MAY_USE.put("pilcrow.core.doc", new String[] {});
        MAY_USE.put("pilcrow.core.find", CORE_DOC);
        MAY_USE.put("pilcrow.core.layout", join(CORE_DOC, CORE_TEXT));
        MAY_USE.put("pilcrow.core.model", new String[] {"pilcrow.core.doc..", "pilcrow.core.find.."});
        MAY_USE.put("pilcrow.core.large", new String[] {"pilcrow.core.doc..", "pilcrow.core.find..", "pilcrow.core.model.."});
        MAY_USE.put("pilcrow.app", new String[] {"pilcrow.core..", "pilcrow.library.."});
        MAY_USE.put("pilcrow.search", new String[] {"pilcrow.core..", "pilcrow.app..", "pilcrow.library..", "pilcrow.source..", "pilcrow.work..",
            "pilcrow.index.."});
        MAY_USE.put("pilcrow.index", new String[] {"pilcrow.core..", "pilcrow.source..", "pilcrow.store..",
            "pilcrow.work..", "org.apache.lucene.."});
        MAY_USE.put("pilcrow.runtime", new String[] {
            "pilcrow.core..", "pilcrow.app..", "pilcrow.view..", "pilcrow.search..", "pilcrow.source..",
            "pilcrow.store..", "pilcrow.library..", "pilcrow.work..", "pilcrow.terminal..", "pilcrow.index.."});
        MAY_USE.put("pilcrow.view", new String[] {"pilcrow.core..", "pilcrow.app..", "pilcrow.library.."});
        MAY_USE.put("pilcrow.source", new String[] {"pilcrow.core..", "pilcrow.work..", "org.commonmark..",
            "org.jsoup..", "javax.xml.stream.."});
        MAY_USE.put("pilcrow.work", new String[] {});
        MAY_USE.put("pilcrow.store", new String[] {"pilcrow.core.text..", "com.google.gson.."});
        MAY_USE.put("pilcrow.library", new String[] {"pilcrow.core..", "pilcrow.source.."});
        MAY_USE.put("pilcrow.shell", new String[] {"pilcrow.core..", "pilcrow.store..", "pilcrow.library.."});
        MAY_USE.put("pilcrow.terminal", new String[] {
            "org.jline..", "com.googlecode.lanterna..", "pilcrow.core.text..", "pilcrow.app..",
            "pilcrow.view..", "pilcrow.shell..", "pilcrow.work.."});
        MAY_USE.put("pilcrow.serve", new String[] {
            "org.apache.sshd..", "org.bouncycastle..", "pilcrow.core.text..",
            "pilcrow.store..", "pilcrow.terminal..", "pilcrow.work.."});
    }

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pilcrow");
    }

    @TestFactory
    List<DynamicTest> eachPackageUsesOnlyWhatItsRowNames() {
        List<DynamicTest> tests = new ArrayList<>();
        MAY_USE.forEach((pkg, allowed) -> tests.add(DynamicTest.dynamicTest(pkg, () -> {
            String[] packages = join(new String[] {"java..", pkg + ".."}, allowed);
            classes().that().resideInAPackage(pkg + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(packages)
                    .because("docs/architecture.md: " + pkg + " may import only these")
                    .check(main);
        })));
        return tests;
    }

    @Test
    void onlyTheCommandsUseTheCommands() {
        noClasses().that().resideOutsideOfPackage("pilcrow.cli..")
                .should().dependOnClassesThat().resideInAPackage("pilcrow.cli..")
                .because("docs/architecture.md: cli is the top; nothing below it knows the commands")
                .check(main);
    }

    @Test
    void onlyTheCommandsUseTheRuntime() {
        noClasses().that().resideOutsideOfPackages("pilcrow.cli..", "pilcrow.runtime..")
                .should().dependOnClassesThat().resideInAPackage("pilcrow.runtime..")
                .because("docs/architecture.md: the runtime composes the packages below it; only cli starts it")
                .check(main);
    }

    /**
     * The table in docs/architecture.md says what this test checks: its "may use" column, read
     * back into package names, is {@link #MAY_USE}, so the document cannot drift from the rules.
     */
    @Test
    void theArchitectureDocumentsTableIsTheRulesChecked() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        boolean inPackages = false;
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            if (line.startsWith("## ")) {
                inPackages = line.equals("## Packages");
            } else if (inPackages && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                String pkg = "pilcrow." + cells[1].strip().replace("`", "");
                String mayUse = cells[cells.length - 1].strip();
                if (!mayUse.startsWith("everything")) {
                    documented.put(pkg, namesOf(mayUse));
                }
            }
        }
        Map<String, Set<String>> checked = new TreeMap<>();
        MAY_USE.forEach((pkg, allowed) -> checked.put(pkg, new TreeSet<>(Arrays.asList(allowed))));

        assertThat(documented).isEqualTo(checked);
    }

    /** "core, app, JLine" as the packages it names; "java.* only" names none. */
    private static Set<String> namesOf(String mayUse) {
        Map<String, String> libraries = Map.of("JLine", "org.jline..", "Lanterna", "com.googlecode.lanterna..",
                "MINA SSHD", "org.apache.sshd..", "BouncyCastle", "org.bouncycastle..", "gson", "com.google.gson..",
                "commonmark", "org.commonmark..", "jsoup", "org.jsoup..", "StAX", "javax.xml.stream..", "Lucene", "org.apache.lucene..");
        Set<String> names = new TreeSet<>();
        if (mayUse.equals("java.* only")) {
            return names;
        }
        for (String name : mayUse.split(",")) {
            String word = name.strip();
            names.add(libraries.getOrDefault(word, "pilcrow." + word + ".."));
        }
        return names;
    }

    private static String[] join(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
