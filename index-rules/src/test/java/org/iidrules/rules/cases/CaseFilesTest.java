package org.iidrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.iidrules.cases.CaseFile;
import org.iidrules.cases.CaseFileException;
import org.iidrules.cases.CaseFiles;
import org.iidrules.cases.CaseReport;
import org.iidrules.cases.CaseRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case file beside the built-in years' rules ({@code src/main/resources/iid/<year>/cases/*.yaml})
 * as its own test, under the built-in rule set of its year. A failing expectation fails its case
 * with the file, line, expected and actual value; a malformed case file fails too, naming its line.
 */
class CaseFilesTest {

    static final Path RULES = Path.of("src/main/resources/iid");

    @TestFactory
    Stream<DynamicTest> everyCaseFile() {
        List<Path> files = CaseFiles.find(RULES);
        assertThat(files).as("case files under %s", RULES).isNotEmpty();
        CaseRunner runner = CaseRunner.builtIn();
        return files.stream().map(file -> {
            String name;
            CaseFile c = null;
            try {
                c = CaseFiles.read(file);
                name = c.name();
            } catch (CaseFileException e) {
                name = RULES.relativize(file) + " (malformed)";
            }
            CaseFile read = c;
            return DynamicTest.dynamicTest(name, () -> {
                CaseReport report = read == null ? runner.run(file) : runner.run(read);
                if (!report.passed()) {
                    fail(System.lineSeparator() + report.describe());
                }
            });
        });
    }
}
