package org.iidrules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.iidrules.cases.CaseFiles;
import org.iidrules.cases.CaseRunner;
import org.iidrules.compare.Comparison;
import org.iidrules.engine.RuleFiles;
import org.iidrules.engine.RuleSetLoader;
import org.iidrules.engine.RuleSetValidator;
import org.iidrules.model.Submission;
import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationReport;

/**
 * The registry of rule sets, one per methodology year. Each is compiled on first use and then
 * shared; every method is thread-safe.
 *
 * <pre>{@code
 * RuleSet rules = RuleSets.builtIn().forYear(2022);
 * Result result = rules.evaluate(submission);
 * }</pre>
 */
public final class RuleSets {

    /** Where index-rules keeps its rule sets on the classpath, and the list of built-in years. */
    static final String ROOT = "iid";
    static final String INDEX = ROOT + "/rulesets.yaml";

    private final RuleFiles files;
    private final Map<Integer, String> manifests;
    /** Built-in rule sets compiled so far; shared by every registry made {@link #with} from this one. */
    private final Map<Integer, RuleSet> loaded;
    /** Rule sets given to {@link #with}: they take their year's place. */
    private final Map<Integer, RuleSet> added;

    private RuleSets(RuleFiles files, Map<Integer, String> manifests, Map<Integer, RuleSet> loaded,
                     Map<Integer, RuleSet> added) {
        this.files = files;
        this.manifests = Map.copyOf(manifests);
        this.loaded = loaded;
        this.added = Map.copyOf(added);
    }

    /** The rule sets shipped in index-rules. */
    public static RuleSets builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * A rule set from a folder on disk holding a {@code manifest.yaml}, compiled now. Paths in the
     * manifest may reach the folder's parent (for shared catalogues), no further. Rule files are code, so
     * before anything is compiled they are checked for constructs a rule must not use (imports beyond the
     * model, java.lang and java.math; I/O, reflection, system calls, threads...): such a folder is refused
     * with a {@link RuleSetException} naming file, line and column. {@link #validate(Path)} says more.
     */
    public static RuleSet fromFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve("manifest.yaml"))) {
            throw new RuleSetException(folder.toString(), List.of(new RuleProblem(folder + "/manifest.yaml", 0, 0,
                    "no manifest.yaml in this folder")));
        }
        Path root = absolute.getParent() == null ? absolute : absolute.getParent();
        return RuleSetLoader.load(RuleFiles.directory(root), absolute.getFileName() + "/manifest.yaml");
    }

    /**
     * Checks a rule folder (a year's folder holding {@code manifest.yaml}) for everything a policy officer
     * can get wrong, and reports it all at once, in English or Indonesian: files that cannot be read or
     * compiled, rules without a source, duplicate rule names, missing levels, bands with gaps or overlaps,
     * predicate bands, catalogue weights, and constructs a rule file must not use. When the rules compile,
     * the folder's test cases ({@code cases/*.yaml}) are run under them. Never throws for a broken folder:
     * that is what the report is for.
     *
     * <pre>{@code
     * ValidationReport report = RuleSets.validate(Path.of("my-rules/2028"));
     * report.problems().forEach(p -> System.out.println(p.describe(Language.ID)));
     * }</pre>
     */
    public static ValidationReport validate(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        if (!Files.isRegularFile(absolute.resolve("manifest.yaml"))) {
            return new ValidationReport(folder.toString(), List.of(new ValidationProblem(ValidationProblem.Kind.MANIFEST,
                    ValidationProblem.Severity.ERROR, name + "/manifest.yaml", 0, 0, "manifest.none", List.of(folder.toString()))),
                    null, List.of());
        }
        Path root = absolute.getParent() == null ? absolute : absolute.getParent();
        ValidationReport report = RuleSetValidator.validate(RuleFiles.directory(root), name + "/manifest.yaml", folder.toString(),
                RuleFiles.classpath(RuleSets.class.getClassLoader(), ROOT));
        Path cases = folder.resolve("cases");
        if (report.ruleSet().isPresent() && Files.isDirectory(cases)) {
            report = report.withCases(CaseRunner.with(report.ruleSet().get()).run(CaseFiles.find(cases)));
        }
        return report;
    }

    /**
     * This registry with one more rule set, typically one {@linkplain #fromFolder(Path) from a folder on
     * disk}: it takes the place of the built-in rule set of its year, or adds its year. This registry is
     * unchanged.
     *
     * <pre>{@code
     * RuleSets rules = RuleSets.builtIn().with(RuleSets.fromFolder(Path.of("my-rules/2028")));
     * rules.compare(submission, rules.yearsBetween(2026, 2028));
     * }</pre>
     */
    public RuleSets with(RuleSet ruleSet) {
        Map<Integer, RuleSet> more = new TreeMap<>(added);
        more.put(ruleSet.year(), ruleSet);
        return new RuleSets(files, manifests, loaded, more);
    }

    /** The years with a rule set, oldest first. */
    public List<Integer> years() {
        TreeMap<Integer, Object> all = new TreeMap<>(manifests);
        all.putAll(added);
        return new ArrayList<>(all.keySet());
    }

    /** The rule set for an assessment year, compiled on first use. */
    public RuleSet forYear(int year) {
        RuleSet given = added.get(year);
        if (given != null) {
            return given;
        }
        String manifest = manifests.get(year);
        if (manifest == null) {
            throw new UnknownYearException(year, years());
        }
        return loaded.computeIfAbsent(year, y -> RuleSetLoader.load(files, manifest));
    }

    /**
     * Scores one submission under each of the given years, oldest first, and says what moved the
     * score from each year to the next.
     *
     * @throws UnknownYearException when a year has no rule set
     */
    public Comparison compare(Submission submission, List<Integer> years) {
        List<RuleSet> ruleSets = years.stream().sorted().distinct().map(this::forYear).toList();
        return Comparison.of(submission, ruleSets);
    }

    /** The built-in years from {@code from} to {@code to}, inclusive; every year in between must exist. */
    public List<Integer> yearsBetween(int from, int to) {
        List<Integer> years = new ArrayList<>();
        for (int y = Math.min(from, to); y <= Math.max(from, to); y++) {
            if (!manifests.containsKey(y) && !added.containsKey(y)) {
                throw new UnknownYearException(y, years());
            }
            years.add(y);
        }
        return years;
    }

    /** The newest year's rule set. */
    public RuleSet latest() {
        List<Integer> years = years();
        return forYear(years.get(years.size() - 1));
    }

    private static final class BuiltIn {
        static final RuleSets INSTANCE = load();

        private static RuleSets load() {
            ClassLoader loader = RuleSets.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(INDEX)) {
                if (in == null) {
                    throw new IidException("No built-in rule sets: " + INDEX
                            + " is not on the classpath. Add the index-rules artifact as a dependency.");
                }
                Index index = new ObjectMapper(new YAMLFactory()).readValue(in, Index.class);
                return new RuleSets(RuleFiles.classpath(loader, ROOT), new TreeMap<>(index.years()),
                        new ConcurrentHashMap<>(), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + INDEX, e);
            }
        }
    }

    /** {@code iid/rulesets.yaml}: year → manifest path. */
    record Index(Map<Integer, String> years) {
    }
}
