package org.iidrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.iidrules.Language;
import org.iidrules.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

/** What a rule file from disk may not contain, each found at its line and column. */
class SandboxTest {

    /** The built-in rules, on disk beside this module (a reactor build). */
    private static final Path SHIPPED = Path.of("../index-rules/src/main/resources/iid");

    private static final String HEADER = """
            package iid.test;

            import org.iidrules.model.Innovation;
            import org.iidrules.engine.Assessment;
            import java.math.BigDecimal;

            global org.iidrules.engine.Scoresheet sheet;
            """;

    private static String rule(String when, String then) {
        return HEADER + """

                rule "System.exit in a name, and java.io.File in a comment, are fine"
                    @indicator("17") @level(1) @source("S")
                when
                    WHEN
                then
                    // java.io.File and Runtime here are only a comment
                    THEN
                end
                """.replace("WHEN", when).replace("THEN", then);
    }

    private static List<String> where(List<ValidationProblem> problems) {
        return problems.stream().map(p -> p.line() + ":" + p.column() + " " + p.args().get(0)).toList();
    }

    @Test
    void everyBuiltInRuleFilePasses() throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            List<Path> drl = files.filter(f -> f.toString().endsWith(".drl")).toList();
            assertThat(drl).hasSizeGreaterThanOrEqualTo(6);
            for (Path f : drl) {
                assertThat(Sandbox.check(f.toString(), Files.readString(f))).as(f.toString()).isEmpty();
            }
        }
    }

    @Test
    void anOrdinaryRuleWithTextsAndCommentsPasses() {
        String text = rule("$i : Innovation( indicators.sdm!.staff >= 1 )",
                "sheet.exclude($i, kcontext, \"System.exit(0) and new java.io.File() are only words here\");");
        assertThat(Sandbox.check("t.drl", text)).isEmpty();
    }

    @Test
    void importsOutsideTheModelJavaLangAndJavaMathAreRefused() {
        // Lines 1-7 are the header; the planted import is line 8, its name from column 8.
        String text = HEADER.replace("global", "import java.io.File;\nimport java.lang.reflect.Method;\nglobal");
        List<ValidationProblem> problems = Sandbox.check("t.drl", text);
        assertThat(where(problems)).containsExactly("7:8 java.io.File", "8:8 java.lang.reflect.Method");
        assertThat(problems.get(0).message(Language.EN)).contains("may only import the model");
        assertThat(problems.get(0).message(Language.ID)).contains("hanya boleh mengimpor");
    }

    @Test
    void systemExitAndAFileInAConsequenceAreRefusedWhereTheyAre() {
        // The rule's "then" body is line 15 (header 7 lines, a blank, rule, metadata, when, condition, then, comment).
        String text = rule("$i : Innovation( indicators.sdm!.staff >= 1 )",
                "System.exit(1); new java.io.File(\"x\").delete(); sheet.award($i, kcontext);");
        List<ValidationProblem> problems = Sandbox.check("t.drl", text);
        // "    System.exit(1); new java.io.File(..." : System at column 5, java.io.File at column 25.
        assertThat(where(problems)).containsExactly("15:5 System", "15:25 java.io.File");
        assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ValidationProblem.Kind.FORBIDDEN));
    }

    @Test
    void reflectionThreadsTheEngineAndCodeBlocksAreRefused() {
        String text = rule("$i : Innovation( indicators.sdm!.staff >= 1 ) eval( true )",
                "$i.getClass(); new Thread(); kcontext.getKieRuntime(); drools.halt();")
                + "\nfunction void f() { }\ndeclare Foo end\nquery q() end\n";
        List<String> words = Sandbox.check("t.drl", text).stream().map(p -> p.args().get(0)).toList();
        assertThat(words).contains("eval", "getClass", "Thread", "kcontext.", "drools", "function", "declare", "query");
    }

    @Test
    void anImportInTheMiddleOfAConsequenceIsRefusedToo() {
        // MVEL accepts "import" inside a consequence; line 15 as above: "    x = 1; import " puts the name at column 19.
        String text = rule("$i : Innovation( indicators.sdm!.staff >= 1 )", "x = 1; import java.awt.Robot; sheet.award($i, kcontext);");
        assertThat(where(Sandbox.check("t.drl", text))).containsExactly("15:19 java.awt.Robot");
    }

    @Test
    void anotherGlobalAndUnicodeEscapesAreRefused() {
        String text = HEADER.replace("global org.iidrules.engine.Scoresheet sheet;", "global java.util.List out;")
                + "// \\u000a System.exit(0);\n";
        List<String> keys = Sandbox.check("t.drl", text).stream().map(ValidationProblem::key).toList();
        assertThat(keys).contains("forbidden.global", "forbidden.unicode");
    }
}
