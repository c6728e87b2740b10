package org.iidrules.cases;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.iidrules.InputProblem;
import org.iidrules.InvalidSubmissionException;
import org.iidrules.cases.Expectation.Missing;
import org.iidrules.cases.Expectation.Outcome;
import org.iidrules.cases.Tree.Entry;
import org.iidrules.cases.Tree.ListNode;
import org.iidrules.cases.Tree.MapNode;
import org.iidrules.cases.Tree.Node;
import org.iidrules.cases.Tree.Scalar;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.result.SpdRowResult;
import org.iidrules.validation.SubmissionValidator;

/** Reads one case file into a {@link CaseFile}; every problem is a {@link CaseFileException} naming its line. */
final class CaseReader {

    static final List<String> TOP = List.of("name", "year", "description", "submission", "tolerance", "expect");
    static final List<String> EXPECT = List.of("index", "predicate", "spd", "sidSum", "sidAverage", "sji", "sid",
            "total", "n", "minimumDivisor", "divisor", "requirement", "spdRows", "innovations");
    static final List<String> REQUIREMENT = List.of("met", "coveredCount", "needed", "covered");
    static final List<String> INNOVATION = List.of("counts", "reason", "points", "indicators");
    static final List<String> LEVELLED = List.of("level", "points", "note");
    static final List<String> TOLERANT = List.of("value", "tolerance");

    /** "27.0833 ± 0.0001" or "27.0833 +- 0.0001". */
    private static final Pattern PLUS_MINUS = Pattern.compile("\\s*(\\S+)\\s*(?:±|\\+-|\\+/-)\\s*(\\S+)\\s*");

    private final Path file;
    private final List<Expectation> expectations = new ArrayList<>();
    private BigDecimal tolerance = BigDecimal.ZERO;

    private CaseReader(Path file) {
        this.file = file;
    }

    static CaseFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CaseFileException(file, 0, 0, "", "no such file");
        }
        return new CaseReader(file).read();
    }

    private CaseFile read() {
        Node rootNode = Tree.read(file);
        MapNode root = map(rootNode, "");
        onlyKnown(root, "", TOP);
        String name = text(required(root, "", "name").value(), "name");
        Entry yearEntry = required(root, "", "year");
        int year = integer(yearEntry.value(), "year");
        if (year < 1900 || year > 2999) {
            throw error(yearEntry.value(), "year", "expected a methodology year such as 2022, found " + year);
        }
        String description = text(required(root, "", "description").value(), "description");
        Entry submissionEntry = required(root, "", "submission");
        Entry toleranceEntry = root.entry("tolerance");
        if (toleranceEntry != null) {
            tolerance = nonNegative(number(toleranceEntry.value(), "tolerance"), toleranceEntry.value(), "tolerance");
        }
        Entry expect = root.entry("expect");
        if (expect == null) {
            throw new CaseFileException(file, root.line(), root.column(), "expect",
                    "missing: a case needs an \"expect\" map with at least one expected value (" + String.join(", ", EXPECT) + ")");
        }
        expect(expect);
        Submission submission;
        String ref;
        if (submissionEntry.value() instanceof Scalar s && s.value() instanceof String path) {
            ref = path;
            submission = submissionFile(s, path);
        } else if (submissionEntry.value() instanceof MapNode inline) {
            ref = "inline";
            submission = inlineSubmission(inline);
        } else {
            throw error(submissionEntry.value(), "submission", "expected a submission file (a path relative to this case file) "
                    + "or the submission itself (a map with year, region, spd, innovations), found " + submissionEntry.value().describe());
        }
        return new CaseFile(file, name, year, yearEntry.value().line(), description, ref, submission, expectations);
    }

    // ---- expectations ------------------------------------------------------------------------

    private void expect(Entry expect) {
        MapNode e = map(expect.value(), "expect");
        onlyKnown(e, "expect", EXPECT);
        notEmpty(e, "expect", "expected values such as index, predicate, n or divisor");
        for (Entry x : e.entries()) {
            String field = "expect." + x.key();
            switch (x.key()) {
                case "index" -> decimal(x, field, Result::index);
                case "predicate" -> exactText(x, field, Result::predicate);
                case "spd" -> decimal(x, field, r -> r.totals().spd());
                case "sidSum" -> decimal(x, field, r -> r.totals().sidSum());
                case "sidAverage" -> decimal(x, field, r -> r.totals().sidAverage());
                case "sji" -> decimal(x, field, r -> r.totals().sji());
                case "sid" -> decimal(x, field, r -> r.totals().sid());
                case "total" -> decimal(x, field, r -> r.totals().total());
                case "n" -> integer(x, field, r -> r.totals().n());
                case "minimumDivisor" -> integer(x, field, r -> r.totals().minimumDivisor());
                case "divisor" -> integer(x, field, r -> r.totals().divisor());
                case "requirement" -> requirement(x, field);
                case "spdRows" -> spdRows(x, field);
                case "innovations" -> innovations(x, field);
                default -> throw new IllegalStateException(x.key());
            }
        }
    }

    private void requirement(Entry entry, String field) {
        MapNode m = map(entry.value(), field);
        onlyKnown(m, field, REQUIREMENT);
        notEmpty(m, field, "met, coveredCount, needed or covered");
        for (Entry x : m.entries()) {
            String f = field + "." + x.key();
            switch (x.key()) {
                case "met" -> bool(x, f, r -> r.requirement().met());
                case "coveredCount" -> integer(x, f, r -> r.requirement().coveredCount());
                case "needed" -> integer(x, f, r -> r.requirement().needed());
                case "covered" -> covered(x, f);
                default -> throw new IllegalStateException(x.key());
            }
        }
    }

    /** The basic services covered, in any order, by label ("Pendidikan") or name (PENDIDIKAN). */
    private void covered(Entry entry, String field) {
        if (!(entry.value() instanceof ListNode list)) {
            throw error(entry.value(), field, "expected a list of urusan such as [Pendidikan, Kesehatan], found "
                    + entry.value().describe());
        }
        Set<String> expected = new LinkedHashSet<>();
        for (Node item : list.items()) {
            String name = text(item, field);
            expected.add(label(name));
        }
        String shown = "[" + String.join(", ", expected) + "]";
        add(entry, field, shown, r -> {
            List<String> actual = r.requirement().covered();
            return new Outcome(Set.copyOf(actual).equals(expected) && actual.size() == expected.size(),
                    "[" + String.join(", ", actual) + "]");
        });
    }

    private static String label(String urusan) {
        for (Urusan u : Urusan.values()) {
            if (u.name().equals(urusan)) {
                return u.label();
            }
        }
        return urusan;
    }

    private void spdRows(Entry entry, String field) {
        MapNode rows = map(entry.value(), field);
        notEmpty(rows, field, "SPD rows by number (\"8\", \"11a\") or key (auditOpinion)");
        for (Entry row : rows.entries()) {
            String rowField = field + "." + row.key();
            MapNode m = map(row.value(), rowField);
            onlyKnown(m, rowField, LEVELLED);
            notEmpty(m, rowField, "level, points or note");
            String key = row.key();
            levelled(m, rowField, r -> row(r, key), "row");
        }
    }

    private void innovations(Entry entry, String field) {
        MapNode innovations = map(entry.value(), field);
        notEmpty(innovations, field, "innovations by id");
        for (Entry innovation : innovations.entries()) {
            String id = innovation.key();
            String f = field + "." + id;
            MapNode m = map(innovation.value(), f);
            onlyKnown(m, f, INNOVATION);
            notEmpty(m, f, "counts, reason, points or indicators");
            for (Entry x : m.entries()) {
                String xf = f + "." + x.key();
                switch (x.key()) {
                    case "counts" -> bool(x, xf, r -> innovation(r, id).counts());
                    case "reason" -> containsText(x, xf, r -> innovation(r, id).reason());
                    case "points" -> decimal(x, xf, r -> innovation(r, id).points());
                    case "indicators" -> indicators(x, xf, id);
                    default -> throw new IllegalStateException(x.key());
                }
            }
        }
    }

    private void indicators(Entry entry, String field, String id) {
        MapNode indicators = map(entry.value(), field);
        notEmpty(indicators, field, "indicators by number (\"16\") or key (regulasi)");
        for (Entry indicator : indicators.entries()) {
            String f = field + "." + indicator.key();
            MapNode m = map(indicator.value(), f);
            onlyKnown(m, f, LEVELLED);
            notEmpty(m, f, "level, points or note");
            String key = indicator.key();
            levelled(m, f, r -> indicator(innovation(r, id), key), "indicator");
        }
    }

    /** Reads a row or an indicator result; level, points and note are the same for both. */
    private interface Levelled {
        Object read(Result r) throws Missing;
    }

    private void levelled(MapNode m, String field, Levelled target, String kind) {
        for (Entry x : m.entries()) {
            String f = field + "." + x.key();
            switch (x.key()) {
                case "level" -> integer(x, f, r -> level(target.read(r)));
                case "points" -> decimal(x, f, r -> points(target.read(r)));
                case "note" -> containsText(x, f, r -> note(target.read(r)));
                default -> throw new IllegalStateException(kind + " " + x.key());
            }
        }
    }

    private static int level(Object o) {
        return o instanceof SpdRowResult row ? row.level() : ((IndicatorResult) o).level();
    }

    private static BigDecimal points(Object o) {
        return o instanceof SpdRowResult row ? row.points() : ((IndicatorResult) o).points();
    }

    private static String note(Object o) {
        return o instanceof SpdRowResult row ? row.note() : ((IndicatorResult) o).note();
    }

    // ---- looking things up in a result -------------------------------------------------------

    static InnovationResult innovation(Result r, String id) throws Missing {
        for (InnovationResult i : r.innovations()) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        throw new Missing("the submission has no innovation \"" + id + "\" (its innovations: "
                + r.innovations().stream().map(InnovationResult::id).collect(Collectors.joining(", ")) + ")");
    }

    static IndicatorResult indicator(InnovationResult i, String key) throws Missing {
        for (IndicatorResult r : i.indicators()) {
            if (r.indicator().equals(key) || r.key().equals(key)) {
                return r;
            }
        }
        throw new Missing("this rule set has no SID indicator \"" + key + "\" (its indicators: "
                + i.indicators().stream().map(r -> r.indicator() + " " + r.key()).collect(Collectors.joining(", ")) + ")");
    }

    static SpdRowResult row(Result r, String key) throws Missing {
        for (SpdRowResult row : r.spd()) {
            if (row.row().equals(key) || row.key().equals(key)) {
                return row;
            }
        }
        throw new Missing("this rule set has no SPD row \"" + key + "\" (its rows: "
                + r.spd().stream().map(row -> row.row() + " " + row.key()).collect(Collectors.joining(", ")) + ")");
    }

    // ---- one expected value ------------------------------------------------------------------

    @FunctionalInterface
    private interface Read<T> {
        T read(Result r) throws Missing;
    }

    private void add(Entry entry, String field, String expected, Expectation.Check check) {
        expectations.add(new Expectation(field, entry.value().line(), expected, check));
    }

    private void decimal(Entry entry, String field, Read<BigDecimal> actual) {
        BigDecimal[] valueAndTolerance = decimalWithTolerance(entry.value(), field);
        BigDecimal expected = valueAndTolerance[0];
        BigDecimal within = valueAndTolerance[1];
        String shown = expected.toPlainString() + (within.signum() == 0 ? "" : " ± " + within.toPlainString());
        add(entry, field, shown, r -> {
            BigDecimal a = actual.read(r);
            if (a == null) {
                return new Outcome(false, "nothing");
            }
            return new Outcome(a.subtract(expected).abs().compareTo(within) <= 0, a.toPlainString());
        });
    }

    private void integer(Entry entry, String field, Read<Integer> actual) {
        int expected = integer(entry.value(), field);
        if (expected < 0) {
            throw error(entry.value(), field, "expected a whole number of 0 or more, found " + expected);
        }
        add(entry, field, String.valueOf(expected), r -> {
            int a = actual.read(r);
            return new Outcome(a == expected, String.valueOf(a));
        });
    }

    private void bool(Entry entry, String field, Read<Boolean> actual) {
        if (!(entry.value() instanceof Scalar s) || !(s.value() instanceof Boolean expected)) {
            throw error(entry.value(), field, "expected true or false, found " + entry.value().describe());
        }
        add(entry, field, String.valueOf(expected), r -> {
            boolean a = actual.read(r);
            return new Outcome(a == expected, String.valueOf(a));
        });
    }

    private void exactText(Entry entry, String field, Read<String> actual) {
        String expected = text(entry.value(), field);
        add(entry, field, "\"" + expected + "\"", r -> {
            String a = actual.read(r);
            return new Outcome(expected.equals(a), a == null ? "nothing" : "\"" + a + "\"");
        });
    }

    /** The actual text must contain the expected one, ignoring case. */
    private void containsText(Entry entry, String field, Read<String> actual) {
        String expected = text(entry.value(), field);
        add(entry, field, "a text containing \"" + expected + "\"", r -> {
            String a = actual.read(r);
            boolean passed = a != null && a.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
            return new Outcome(passed, a == null ? "nothing" : "\"" + a + "\"");
        });
    }

    // ---- values ------------------------------------------------------------------------------

    /** A number, "x ± t" / "x +- t", or {value: x, tolerance: t}; without its own tolerance, the case's. */
    private BigDecimal[] decimalWithTolerance(Node node, String field) {
        if (node instanceof MapNode m) {
            onlyKnown(m, field, TOLERANT);
            Entry value = required(m, field, "value");
            Entry within = m.entry("tolerance");
            BigDecimal t = within == null ? tolerance
                    : nonNegative(number(within.value(), field + ".tolerance"), within.value(), field + ".tolerance");
            return new BigDecimal[] {number(value.value(), field + ".value"), t};
        }
        if (node instanceof Scalar s && s.value() instanceof String text) {
            Matcher pm = PLUS_MINUS.matcher(text);
            if (pm.matches()) {
                BigDecimal v = parse(pm.group(1), node, field);
                BigDecimal t = nonNegative(parse(pm.group(2), node, field), node, field);
                return new BigDecimal[] {v, t};
            }
        }
        return new BigDecimal[] {number(node, field), tolerance};
    }

    private BigDecimal number(Node node, String field) {
        if (node instanceof Scalar s) {
            if (s.value() instanceof BigInteger i) {
                return new BigDecimal(i);
            }
            if (s.value() instanceof BigDecimal d) {
                return d;
            }
            if (s.value() instanceof String text) {
                return parse(text.trim(), node, field);
            }
        }
        throw error(node, field, "expected a number (e.g. 48.90, \"27.0833 ± 0.0001\" or {value: 27.0833, tolerance: 0.0001}), found "
                + node.describe());
    }

    private BigDecimal parse(String text, Node node, String field) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw error(node, field, "expected a number (e.g. 48.90, \"27.0833 ± 0.0001\" or {value: 27.0833, tolerance: 0.0001}), found "
                    + node.describe());
        }
    }

    private BigDecimal nonNegative(BigDecimal value, Node node, String field) {
        if (value.signum() < 0) {
            throw error(node, field, "expected a tolerance of 0 or more, found " + value.toPlainString());
        }
        return value;
    }

    private int integer(Node node, String field) {
        if (node instanceof Scalar s && s.value() instanceof BigInteger i && i.bitLength() < 32) {
            return i.intValueExact();
        }
        throw error(node, field, "expected a whole number, found " + node.describe());
    }

    /** Any single value as written (so `reason: 2018` is the text "2018"); never nothing, a map or a list. */
    private String text(Node node, String field) {
        if (node instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
            return s.text().strip();
        }
        throw error(node, field, "expected a text, found " + (node instanceof Scalar s && !s.isNull() ? "an empty text" : node.describe()));
    }

    // ---- maps --------------------------------------------------------------------------------

    private MapNode map(Node node, String field) {
        if (node instanceof MapNode m) {
            return m;
        }
        throw error(node, field, "expected a map of fields (\"key: value\" lines), found " + node.describe());
    }

    private void onlyKnown(MapNode m, String field, List<String> known) {
        for (Entry e : m.entries()) {
            if (!known.contains(e.key())) {
                throw new CaseFileException(file, e.line(), e.column(), join(field, e.key()),
                        "unknown field \"" + e.key() + "\"; the fields here are: " + String.join(", ", known));
            }
        }
    }

    private Entry required(MapNode m, String field, String key) {
        Entry e = m.entry(key);
        if (e == null) {
            throw new CaseFileException(file, m.line(), m.column(), join(field, key), "missing; every "
                    + (field.isEmpty() ? "case" : field) + " needs \"" + key + "\"");
        }
        return e;
    }

    private void notEmpty(MapNode m, String field, String what) {
        if (m.entries().isEmpty()) {
            throw new CaseFileException(file, m.line(), m.column(), field,
                    "no expectations here: write at least one (" + what + "); a case that checks nothing is not a test");
        }
    }

    private static String join(String field, String key) {
        return field.isEmpty() ? key : field + "." + key;
    }

    private CaseFileException error(Node node, String field, String problem) {
        return new CaseFileException(file, node.line(), node.column(), field, problem);
    }

    // ---- the submission ----------------------------------------------------------------------

    private Submission submissionFile(Scalar s, String ref) {
        Path parent = file.toAbsolutePath().getParent();
        Path target = parent.resolve(ref).normalize();
        if (!Files.isRegularFile(target)) {
            throw error(s, "submission", "no such file: " + ref + " (looked for " + target + ")");
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        Submission submission;
        Node tree;
        if (name.endsWith(".json")) {
            try {
                submission = IidJson.readSubmission(target);
            } catch (InvalidSubmissionException e) {
                throw error(s, "submission", "the submission " + ref + " cannot be read: " + problems(e.problems(), null, ref));
            }
            tree = Tree.read(target);
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            try {
                tree = Tree.read(target);
            } catch (CaseFileException e) {
                throw error(s, "submission", "the submission " + ref + " cannot be read: " + e.getMessage());
            }
            try {
                submission = IidJson.readSubmission(Tree.toJson(tree).toString());
            } catch (InvalidSubmissionException e) {
                throw error(s, "submission", "the submission " + ref + " cannot be read: " + problems(e.problems(), tree, ref));
            }
        } else {
            throw error(s, "submission", "expected a .json or .yaml submission file, found " + ref);
        }
        List<InputProblem> invalid = SubmissionValidator.problemsOf(submission);
        if (!invalid.isEmpty()) {
            throw error(s, "submission", "the submission " + ref + " is invalid: " + problems(invalid, tree, ref));
        }
        return submission;
    }

    private Submission inlineSubmission(MapNode inline) {
        Submission submission;
        try {
            submission = IidJson.readSubmission(Tree.toJson(inline).toString());
        } catch (InvalidSubmissionException e) {
            throw inlineProblem(inline, e.problems());
        }
        List<InputProblem> invalid = SubmissionValidator.problemsOf(submission);
        if (!invalid.isEmpty()) {
            throw inlineProblem(inline, invalid);
        }
        return submission;
    }

    /** The first problem at its own line in the case file; the others, if any, follow in the message. */
    private CaseFileException inlineProblem(MapNode inline, List<InputProblem> problems) {
        InputProblem first = problems.get(0);
        Node at = Tree.locate(inline, first.path());
        String message = "found " + first.value() + "; expected " + first.expected();
        if (problems.size() > 1) {
            message += "; and " + (problems.size() - 1) + " more: " + problems(problems.subList(1, problems.size()), inline, null);
        }
        return new CaseFileException(file, at.line(), at.column(), "submission" + first.path().substring(1), message);
    }

    /** Problems as one text, each with its JSON path and, where the tree tells, its line. */
    private static String problems(List<InputProblem> problems, Node tree, String ref) {
        return problems.stream().map(p -> {
            String where = p.path();
            if (p.line() > 0 && tree == null) {
                where += " (line " + p.line() + ", column " + p.column() + (ref == null ? "" : " of " + ref) + ")";
            } else if (tree != null) {
                Node at = Tree.locate(tree, p.path());
                where += " (line " + at.line() + (ref == null ? "" : " of " + ref) + ")";
            }
            return where + ": found " + p.value() + "; expected " + p.expected();
        }).collect(Collectors.joining("; "));
    }
}
