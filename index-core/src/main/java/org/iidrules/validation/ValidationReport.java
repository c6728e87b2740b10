package org.iidrules.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.iidrules.Language;
import org.iidrules.RuleSet;
import org.iidrules.cases.CaseReport;
import org.iidrules.cases.ExpectationResult;

/**
 * What {@code validate} found in a rule folder: every problem (sorted by file, line and column), the
 * folder's rule set when it compiled, and its test cases' reports when they ran.
 *
 * <p>The folder is {@linkplain #valid() valid} when no problem is an {@link ValidationProblem.Severity#ERROR}
 * (warnings and notes do not make it invalid). Cases run whenever the rules compiled, even when some other
 * check failed, so one run shows everything; an invalid folder stays invalid whatever its cases say.
 */
public final class ValidationReport {

    private final String folder;
    private final List<ValidationProblem> problems;
    private final RuleSet ruleSet;
    private final List<CaseReport> cases;

    public ValidationReport(String folder, List<ValidationProblem> problems, RuleSet ruleSet, List<CaseReport> cases) {
        this.folder = folder;
        List<ValidationProblem> sorted = new ArrayList<>(problems);
        sorted.sort(ValidationProblem.ORDER);
        this.problems = List.copyOf(sorted);
        this.ruleSet = ruleSet;
        this.cases = List.copyOf(cases);
    }

    /** The same report with the reports of the folder's test cases. */
    public ValidationReport withCases(List<CaseReport> caseReports) {
        return new ValidationReport(folder, problems, ruleSet, caseReports);
    }

    /** The folder as it was given. */
    public String folder() {
        return folder;
    }

    /** Every problem, sorted by file, line and column. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    public List<ValidationProblem> problems(ValidationProblem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    /** True when no problem is an error. */
    public boolean valid() {
        return problems(ValidationProblem.Severity.ERROR).isEmpty();
    }

    /** The folder's rule set, when it compiled. */
    public Optional<RuleSet> ruleSet() {
        return Optional.ofNullable(ruleSet);
    }

    /** The reports of the folder's test cases ({@code cases/*.yaml}), empty when none ran. */
    public List<CaseReport> cases() {
        return cases;
    }

    /** True when every case that ran passed (also when there were none). */
    public boolean casesPassed() {
        return cases.stream().allMatch(CaseReport::passed);
    }

    /** "2 errors, 1 warning, 3 notes: the folder is not valid." in the given language. */
    public String summary(Language language) {
        int errors = problems(ValidationProblem.Severity.ERROR).size();
        int warnings = problems(ValidationProblem.Severity.WARNING).size();
        int notes = problems(ValidationProblem.Severity.NOTE).size();
        return Messages.format(language, errors == 0 ? "summary.valid" : "summary.invalid",
                List.of(folder, String.valueOf(errors), String.valueOf(warnings), String.valueOf(notes)));
    }

    /** Why no case ran, or how many passed, in the given language. */
    public String casesSummary(Language language) {
        if (ruleSet == null) {
            return Messages.format(language, "cases.notRun", List.of());
        }
        if (cases.isEmpty()) {
            return Messages.format(language, "cases.none", List.of());
        }
        long passed = cases.stream().filter(CaseReport::passed).count();
        long failed = cases.stream().filter(c -> c.status() == CaseReport.Status.FAILED).count();
        return Messages.format(language, "cases.summary", List.of(String.valueOf(cases.size()), String.valueOf(passed),
                String.valueOf(failed), String.valueOf(cases.size() - passed - failed)));
    }

    /**
     * The report as JSON, sentences in the given language; the same report gives the same bytes (no
     * times, no absolute paths: case files are named relative to the folder).
     */
    public String toJson(Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folder", folder);
        json.put("language", language.tag());
        json.put("valid", valid());
        json.put("errors", problems(ValidationProblem.Severity.ERROR).size());
        json.put("warnings", problems(ValidationProblem.Severity.WARNING).size());
        json.put("notes", problems(ValidationProblem.Severity.NOTE).size());
        if (ruleSet != null) {
            Map<String, Object> rules = new LinkedHashMap<>();
            rules.put("id", ruleSet.id());
            rules.put("year", ruleSet.year());
            rules.put("version", ruleSet.version());
            rules.put("status", ruleSet.status());
            rules.put("digest", ruleSet.digest());
            json.put("ruleSet", rules);
        } else {
            json.put("ruleSet", null);
        }
        List<Object> list = new ArrayList<>();
        for (ValidationProblem p : problems) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("file", p.file());
            one.put("line", p.line());
            one.put("column", p.column());
            one.put("severity", p.severity().name());
            one.put("kind", p.kind().name());
            one.put("message", p.message(language));
            list.add(one);
        }
        json.put("problems", list);
        json.put("casesRun", ruleSet != null);
        List<Object> caseList = new ArrayList<>();
        for (CaseReport c : cases) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("file", relative(c.file()));
            one.put("name", c.name());
            one.put("status", c.status().name());
            one.put("expectations", c.results().size());
            one.put("passed", c.results().stream().filter(ExpectationResult::passed).count());
            if (c.error() != null) {
                one.put("error", c.error());
            }
            one.put("problems", c.problems().stream().map(ExpectationResult::describe).toList());
            caseList.add(one);
        }
        json.put("cases", caseList);
        try {
            return JSON.writer(PRETTY).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always writes", e);
        }
    }

    private String relative(Path file) {
        Path base = Path.of(folder).toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(base) ? base.relativize(f) : f).toString().replace('\\', '/');
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two spaces and "\n" on every system: the same report gives the same bytes everywhere. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
}
