package org.iidrules.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iidrules.IidException;
import org.iidrules.RuleSets;
import org.iidrules.compare.Comparison;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iid score}: scores one submission and prints a readable report or the result as JSON. */
@Command(name = "score", description = "Scores a submission (JSON) under a methodology year.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "FILE", description = "The submission, as JSON.")
        Path file;

        @Option(names = "--sample", paramLabel = "NAME", description = "A bundled sample instead of a file: ${COMPLETION-CANDIDATES}.")
        Sample sample;

        /** The submission in the file, or the bundled sample. */
        Submission read() throws IOException {
            if (file != null) {
                if (!Files.isRegularFile(file)) {
                    throw new IidException("No such file: " + file);
                }
                return IidJson.readSubmission(file);
            }
            try (InputStream in = ScoreCommand.class.getResourceAsStream(sample.resource())) {
                if (in == null) {
                    throw new IidException("The sample " + sample + " is missing from this build");
                }
                return IidJson.readSubmission(in);
            }
        }
    }

    enum Sample {
        kalbar_2022;

        String resource() {
            return "/samples/" + name().replace('_', '-') + ".json";
        }

        int year() {
            return Integer.parseInt(name().substring(name().lastIndexOf('_') + 1));
        }
    }

    @Mixin
    RuleChoice rules;

    @Option(names = "--years", paramLabel = "YEARS", description = "Score under several years and compare them: a range such as 2022..2027, or a list such as 2022,2026.")
    String years;

    @Option(names = "--json", description = "Print the whole result as JSON instead of the report.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the result as JSON to this file.")
    Path out;

    @Option(names = "--findings", paramLabel = "N", defaultValue = "10", description = "How many findings the report shows (default: ${DEFAULT-VALUE}).")
    int findings;

    @Override
    public Integer call() throws IOException {
        prefetchRuleSet();
        Submission submission = read();
        if (years != null) {
            if (rules.year != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Give --year or --years, not both");
            }
            return compare(submission);
        }
        Result result = rules.ruleSet(submission.year()).evaluate(submission);
        String resultJson = json || out != null ? IidJson.write(result) : null;
        if (out != null) {
            Files.writeString(out, resultJson, StandardCharsets.UTF_8);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.print(resultJson);
        } else {
            stdout.print(new TextReport(result, findings).render());
        }
        stdout.flush();
        return 0;
    }

    private int compare(Submission submission) throws IOException {
        Comparison comparison = rules.registry().compare(submission, parseYears(years));
        String comparisonJson = IidJson.write(comparison);
        if (out != null) {
            Files.writeString(out, comparisonJson, StandardCharsets.UTF_8);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json ? comparisonJson : new ComparisonReport(comparison, findings).render());
        stdout.flush();
        return 0;
    }

    /** "2022..2027" or "2022,2024,2026". */
    private List<Integer> parseYears(String text) {
        try {
            if (text.contains("..")) {
                String[] ends = text.split("\\.\\.", 2);
                return rules.registry().yearsBetween(Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[1].trim()));
            }
            List<Integer> list = new ArrayList<>();
            for (String part : text.split(",")) {
                list.add(Integer.parseInt(part.trim()));
            }
            return list;
        } catch (NumberFormatException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--years takes a range such as 2022..2027 or a list such as 2022,2026, not '" + text + "'");
        }
    }

    private static final Pattern YEAR = Pattern.compile("\"year\"\\s*:\\s*(\\d{4})");

    /**
     * Starts loading the year's rule set on another core while the submission is parsed: the two are a
     * one-shot process's largest costs. The year is --year, or the first "year" field of the input (the
     * submission's own; nested objects have none). Whatever goes wrong here is left to the main path,
     * which waits for this load or does it again and reports as usual.
     */
    private void prefetchRuleSet() {
        if (rules.folder != null) {
            return;
        }
        Integer wanted = rules.year;
        if (wanted == null && input.file != null && Files.isRegularFile(input.file)) {
            try (InputStream in = Files.newInputStream(input.file)) {
                Matcher m = YEAR.matcher(new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1));
                wanted = m.find() ? Integer.valueOf(m.group(1)) : null;
            } catch (IOException | RuntimeException e) {
                wanted = null;
            }
        } else if (wanted == null && input.sample != null) {
            wanted = input.sample.year();
        }
        if (wanted == null) {
            return;
        }
        int y = wanted;
        Thread loader = new Thread(() -> {
            try {
                RuleSets.builtIn().forYear(y);
            } catch (RuntimeException e) {
                // reported by the main path
            }
        }, "iid-load-" + y);
        loader.setDaemon(true);
        loader.start();
    }

    private Submission read() throws IOException {
        return input.read();
    }
}
