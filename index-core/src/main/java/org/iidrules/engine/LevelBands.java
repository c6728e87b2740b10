package org.iidrules.engine;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;

/**
 * Checks the bands of "at least" levels (see the headers of the catalogue DRL files): for an indicator
 * whose level rules each compare one number of the submission with literals ({@code staff >= 11},
 * {@code measured >= 8.17B}, {@code days <= 5}, {@code staff >= 1 && staff <= 10}, {@code measured != null}),
 * it works out which values each level's rules accept, then which level each value finally gets (the
 * highest it reaches), and reports:
 * <ul>
 * <li>a gap: values between two values that reach a level, which reach none;</li>
 * <li>an overlap: a level no value ever gets, because a higher one takes all its values; or a level whose
 *     values are split in two by another level (the bands are out of order);</li>
 * <li>a warning when the levels neither rise nor fall with the value.</li>
 * </ul>
 * Whole numbers (counts) step by 1; values rounded to 2 decimals before the rules see them (A10: every
 * {@code measured}, and {@code resolvedPercent}) step by 0.01; any other decimal is continuous. Rules that
 * also test a named value ({@code basis == BenefitBasis.PRODUCTS}) are checked per named value. Indicators
 * whose rules take another shape (named values only, years, several facts, {@code ||}) are listed in one
 * note per catalogue, not checked.
 */
final class LevelBands {

    /** Numbers that the model rounds to 2 decimals before a rule reads them (A10). */
    private static final Set<String> TWO_DECIMALS = Set.of("measured", "resolvedPercent");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private static final Pattern PATTERN = Pattern.compile("^(?:\\$[\\w]+\\s*:\\s*)?([A-Z][\\w.]*)\\s*\\((.*)\\)$");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][\\w]*(?:\\s*!?\\.\\s*[A-Za-z_][\\w]*)*");
    private static final Pattern COMPARISON = Pattern.compile("^(" + PATH.pattern() + ")?\\s*(>=|<=|==|!=|>|<)\\s*(.+)$");
    private static final Pattern NUMBER = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)[BbIiLlDdFf]?$");
    /** The word when opening a rule's condition, on its own line as the catalogues write it. */
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern CONSTANT = Pattern.compile("^(?:[A-Z][\\w]*\\.)+[A-Z_][\\w]*$|^true$|^false$");

    private LevelBands() {
    }

    /** Why an indicator's rules cannot be read as bands, for the note. */
    enum Skip {
        NAMED_VALUES, YEARS_OR_METHODS, SEVERAL_FACTS, OTHER
    }

    /** One level rule read as: the number it tests, the values it accepts, and the named values it requires. */
    private record Shape(String path, Interval values, Map<String, String> named) {
    }

    /** The band problems of one catalogue, and one note listing the indicators not checked. */
    static List<ValidationProblem> check(Collection<RuleInfo> rules, Catalogue catalogue, String cataloguePath,
                                         Map<String, String> texts) {
        boolean spd = RuleChecks.isSpd(catalogue);
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, Skip> skipped = new LinkedHashMap<>();
        String drlFile = null;
        for (Catalogue.Indicator indicator : catalogue.indicators()) {
            List<RuleInfo> levelRules = rules.stream()
                    .filter(r -> indicator.no().equals(spd ? r.row() : r.indicator()) && r.level() >= 1 && r.level() <= 3)
                    .sorted(java.util.Comparator.comparingInt(RuleInfo::order)).toList();
            if (levelRules.isEmpty()) {
                continue;
            }
            drlFile = drlFile == null ? levelRules.get(0).file() : drlFile;
            Map<RuleInfo, Shape> shapes = new LinkedHashMap<>();
            Skip skip = null;
            for (RuleInfo r : levelRules) {
                Object read = read(r.condition());
                if (read instanceof Skip s) {
                    skip = skip == null || s.ordinal() < skip.ordinal() ? s : skip;
                } else {
                    shapes.put(r, (Shape) read);
                }
            }
            if (skip == null && shapes.values().stream().map(Shape::path).distinct().count() > 1) {
                skip = Skip.SEVERAL_FACTS;
            }
            if (skip != null) {
                skipped.put(indicator.no() + " " + indicator.key(), skip);
                continue;
            }
            String path = shapes.values().iterator().next().path();
            BigDecimal step = stepOf(typeOf(levelRules.get(0).condition(), path), path, shapes.values());
            for (Map.Entry<String, Map<Integer, List<RuleInfo>>> group : groups(shapes).entrySet()) {
                problems.addAll(checkGroup(indicator, spd, path, step, group.getKey(), group.getValue(), shapes, texts));
            }
        }
        if (!skipped.isEmpty()) {
            StringBuilder list = new StringBuilder();
            skipped.keySet().forEach(name -> list.append(list.length() == 0 ? "" : ", ").append(name));
            problems.add(Problems.note(Kind.BANDS_NOT_CHECKED, drlFile == null ? cataloguePath : drlFile, 0, 0, "bands.skipped",
                    catalogue.id(), list.toString()));
        }
        return problems;
    }

    /**
     * The rules of one indicator by the named values they require ("" when none), then by level. A rule
     * that requires no named value belongs to every group.
     */
    private static Map<String, Map<Integer, List<RuleInfo>>> groups(Map<RuleInfo, Shape> shapes) {
        Set<String> keys = new TreeSet<>();
        shapes.values().forEach(s -> keys.add(describeNamed(s.named())));
        if (keys.size() > 1) {
            keys.remove("");
        }
        Map<String, Map<Integer, List<RuleInfo>>> groups = new TreeMap<>();
        for (String key : keys) {
            Map<Integer, List<RuleInfo>> levels = new TreeMap<>();
            shapes.forEach((rule, shape) -> {
                String own = describeNamed(shape.named());
                if (own.isEmpty() || own.equals(key)) {
                    levels.computeIfAbsent(rule.level(), l -> new ArrayList<>()).add(rule);
                }
            });
            groups.put(key, levels);
        }
        return groups;
    }

    private static String describeNamed(Map<String, String> named) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(named).forEach((path, value) -> s.append(s.length() == 0 ? "" : ", ").append(path).append(" == ").append(value));
        return s.toString();
    }

    /** A run of values that all get the same level (0: none). */
    private record Run(int level, Interval values) {
    }

    private static List<ValidationProblem> checkGroup(Catalogue.Indicator indicator, boolean spd, String path, BigDecimal step,
                                                      String named, Map<Integer, List<RuleInfo>> levels,
                                                      Map<RuleInfo, Shape> shapes, Map<String, String> texts) {
        List<ValidationProblem> problems = new ArrayList<>();
        Map<Integer, List<Interval>> sets = new TreeMap<>();
        levels.forEach((level, rules) -> sets.put(level, rules.stream()
                .map(r -> shapes.get(r).values().onGrid(step)).filter(i -> !i.isEmpty()).toList()));
        List<Run> runs = runs(sets, step);
        String what = (spd ? "SPD " : "SID ") + indicator.no() + " " + indicator.key()
                + (named.isEmpty() ? "" : " (" + named + ")");
        String fact = shortName(path);
        // Gaps: values between two reached runs that reach nothing.
        for (int i = 1; i + 1 < runs.size(); i++) {
            Run gap = runs.get(i);
            if (gap.level() != 0) {
                continue;
            }
            Run below = runs.get(i - 1);
            Run above = runs.get(i + 1);
            RuleInfo at = firstRule(levels.get(Math.max(below.level(), above.level())));
            problems.add(problem(Kind.BAND_GAP, at, path, texts, "bands.gap", what, gap.values().describe(fact, step),
                    below.level(), below.values().describe(fact, step), above.level(), above.values().describe(fact, step)));
        }
        // Overlaps: a level no value gets, or a level split in two by another.
        List<Run> reached = runs.stream().filter(r -> r.level() != 0).toList();
        boolean split = false;
        for (Map.Entry<Integer, List<RuleInfo>> level : levels.entrySet()) {
            int l = level.getKey();
            List<Run> own = reached.stream().filter(r -> r.level() == l).toList();
            RuleInfo at = firstRule(level.getValue());
            if (own.isEmpty()) {
                List<Interval> mine = sets.get(l);
                int higher = l;
                for (Map.Entry<Integer, List<Interval>> other : sets.entrySet()) {
                    if (other.getKey() > l && other.getValue().stream().anyMatch(o -> mine.stream().anyMatch(m -> m.overlaps(o)))) {
                        higher = Math.max(higher, other.getKey());
                    }
                }
                problems.add(problem(Kind.BAND_OVERLAP, at, path, texts, "bands.hidden", what, l, describe(mine, fact, step), higher));
                continue;
            }
            for (int i = 0; i + 1 < own.size(); i++) {
                int from = reached.indexOf(own.get(i));
                int to = reached.indexOf(own.get(i + 1));
                if (to > from + 1) {
                    Run between = reached.get(from + 1);
                    split = true;
                    problems.add(problem(Kind.BAND_OVERLAP, at, path, texts, "bands.split", what, l,
                            own.get(i).values().describe(fact, step), own.get(i + 1).values().describe(fact, step),
                            between.level(), between.values().describe(fact, step)));
                }
            }
        }
        if (!split && reached.size() > 2) {
            boolean rising = true;
            boolean falling = true;
            for (int i = 0; i + 1 < reached.size(); i++) {
                rising &= reached.get(i).level() < reached.get(i + 1).level();
                falling &= reached.get(i).level() > reached.get(i + 1).level();
            }
            if (!rising && !falling) {
                StringBuilder order = new StringBuilder();
                reached.forEach(r -> order.append(order.length() == 0 ? "" : ", ").append(r.values().describe(fact, step))
                        .append(" → ").append(r.level()));
                problems.add(problem(Kind.BAND_ORDER, firstRule(levels.values().iterator().next()), path, texts,
                        "bands.order", what, order.toString()));
            }
        }
        return problems;
    }

    private static String describe(List<Interval> intervals, String fact, BigDecimal step) {
        StringBuilder s = new StringBuilder();
        intervals.forEach(i -> s.append(s.length() == 0 ? "" : "; ").append(i.describe(fact, step)));
        return s.toString();
    }

    private static RuleInfo firstRule(List<RuleInfo> rules) {
        return rules.stream().min(java.util.Comparator.comparingInt(RuleInfo::order)).orElseThrow();
    }

    /** A problem at the rule, pointing at the number it tests when the text shows where. */
    private static ValidationProblem problem(Kind kind, RuleInfo rule, String path, Map<String, String> texts, String key,
                                             Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = rule.name();
        System.arraycopy(args, 0, all, 1, args.length);
        int line = rule.line();
        int column = 0;
        String text = texts.get(rule.file());
        if (text != null && line > 0) {
            String code = DrlFile.withoutComments(text);
            int start = 0;
            for (int l = 1; l < line && start >= 0; l++) {
                start = code.indexOf('\n', start) + 1;
            }
            Matcher when = WHEN.matcher(code);
            int at = when.find(start) ? code.indexOf(shortName(path), when.end()) : -1;
            if (at >= 0) {
                line = TextLines.lineOf(code, at);
                column = TextLines.columnOf(code, at);
            }
        }
        return kind == Kind.BAND_ORDER
                ? Problems.warning(kind, rule.file(), line, column, key, all)
                : Problems.error(kind, rule.file(), line, column, key, all);
    }

    private static String shortName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    // ---- reading a rule's condition ------------------------------------------------------------------

    /** A Shape, or the Skip that says why the condition is not one. */
    static Object read(String condition) {
        Matcher p = PATTERN.matcher(condition.trim());
        if (!p.matches()) {
            return condition.contains("Assessment") ? Skip.YEARS_OR_METHODS : Skip.OTHER;
        }
        String inside = p.group(2);
        if (inside.contains("||")) {
            return Skip.OTHER;
        }
        String path = null;
        Interval values = Interval.ALL;
        Map<String, String> named = new TreeMap<>();
        boolean numeric = false;
        String previous = null;
        for (String constraint : splitTopLevel(inside, ",")) {
            for (String atom : constraint.split("&&")) {
                String a = atom.trim();
                if (a.contains("(")) {
                    return Skip.YEARS_OR_METHODS;
                }
                if (a.matches("^(" + PATH.pattern() + ")\\s+in\\s*.*") || a.matches("^(" + PATH.pattern() + ")\\s+not\\s+in\\s*.*")) {
                    return Skip.NAMED_VALUES;
                }
                Matcher c = COMPARISON.matcher(a);
                if (!c.matches()) {
                    return Skip.OTHER;
                }
                String atomPath = c.group(1) == null ? previous : normalise(c.group(1));
                if (atomPath == null) {
                    return Skip.OTHER;
                }
                previous = atomPath;
                String op = c.group(c.groupCount() - 1);
                String literal = c.group(c.groupCount()).trim();
                if (literal.equals("null")) {
                    if (!op.equals("!=")) {
                        return Skip.OTHER;
                    }
                } else if (CONSTANT.matcher(literal).matches()) {
                    if (!op.equals("==")) {
                        return Skip.NAMED_VALUES;
                    }
                    named.put(atomPath, literal);
                    continue;
                } else {
                    Matcher n = NUMBER.matcher(literal);
                    if (!n.matches() || op.equals("!=")) {
                        return Skip.OTHER;
                    }
                    values = values.and(Interval.of(op, new BigDecimal(n.group(1))));
                }
                if (path != null && !path.equals(atomPath)) {
                    return Skip.SEVERAL_FACTS;
                }
                path = atomPath;
                numeric = true;
            }
        }
        if (!numeric) {
            return Skip.NAMED_VALUES;
        }
        return new Shape(path, values, named);
    }

    private static String normalise(String path) {
        return path.replaceAll("\\s+", "").replace("!.", ".");
    }

    private static List<String> splitTopLevel(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && text.startsWith(separator, i)) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    // ---- the kind of number a path reads --------------------------------------------------------------

    /** The Java type a path reads from the rule's pattern type (a model class), or null when unknown. */
    private static Class<?> typeOf(String condition, String path) {
        Matcher p = PATTERN.matcher(condition.trim());
        if (!p.matches()) {
            return null;
        }
        String typeName = p.group(1);
        Class<?> type;
        try {
            type = Class.forName("org.iidrules.model." + typeName.replace('.', '$'));
        } catch (ClassNotFoundException e) {
            return null;
        }
        for (String segment : path.split("\\.")) {
            Method accessor = accessor(type, segment);
            if (accessor == null) {
                return null;
            }
            type = accessor.getReturnType();
        }
        return type;
    }

    private static Method accessor(Class<?> type, String name) {
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + capital, "is" + capital)) {
            try {
                return type.getMethod(candidate);
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /**
     * 1 for whole numbers, 0.01 for values rounded to 2 decimals, null for continuous ones. When the type
     * is unknown, whole-number literals mean whole numbers.
     */
    private static BigDecimal stepOf(Class<?> type, String path, Collection<Shape> shapes) {
        if (type != null) {
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                    || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
                return BigDecimal.ONE;
            }
            return TWO_DECIMALS.contains(shortName(path)) ? CENT : null;
        }
        boolean whole = shapes.stream().allMatch(s -> s.values().wholeBounds());
        return whole ? BigDecimal.ONE : null;
    }

    // ---- intervals and runs ---------------------------------------------------------------------------

    /** Which level each value finally gets, as runs of equal level from the lowest value up. */
    private static List<Run> runs(Map<Integer, List<Interval>> sets, BigDecimal step) {
        TreeSet<BigDecimal> points = new TreeSet<>();
        sets.values().forEach(list -> list.forEach(i -> {
            if (i.lo() != null) points.add(i.lo());
            if (i.hi() != null) points.add(i.hi());
        }));
        List<Interval> pieces = new ArrayList<>();
        BigDecimal previous = null;
        for (BigDecimal p : points) {
            pieces.add(new Interval(previous, false, p, false));
            pieces.add(new Interval(p, true, p, true));
            previous = p;
        }
        pieces.add(new Interval(previous, false, null, false));
        List<Run> runs = new ArrayList<>();
        for (Interval piece : pieces) {
            Interval grid = piece.onGrid(step);
            if (grid.isEmpty()) {
                continue;
            }
            BigDecimal sample = grid.sample(step);
            int level = 0;
            for (Map.Entry<Integer, List<Interval>> set : sets.entrySet()) {
                if (set.getValue().stream().anyMatch(i -> i.contains(sample))) {
                    level = Math.max(level, set.getKey());
                }
            }
            if (!runs.isEmpty() && runs.get(runs.size() - 1).level() == level) {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(level, last.values().joining(grid)));
            } else {
                runs.add(new Run(level, grid));
            }
        }
        return runs;
    }

    /** Values from lo to hi (null: unbounded), each end included or not. */
    record Interval(BigDecimal lo, boolean loIn, BigDecimal hi, boolean hiIn) {

        static final Interval ALL = new Interval(null, false, null, false);

        static Interval of(String op, BigDecimal v) {
            return switch (op) {
                case ">=" -> new Interval(v, true, null, false);
                case ">" -> new Interval(v, false, null, false);
                case "<=" -> new Interval(null, false, v, true);
                case "<" -> new Interval(null, false, v, false);
                default -> new Interval(v, true, v, true);
            };
        }

        Interval and(Interval o) {
            BigDecimal l = lo;
            boolean li = loIn;
            if (o.lo != null && (l == null || o.lo.compareTo(l) > 0 || (o.lo.compareTo(l) == 0 && !o.loIn))) {
                l = o.lo;
                li = o.loIn;
            }
            BigDecimal h = hi;
            boolean hi2 = hiIn;
            if (o.hi != null && (h == null || o.hi.compareTo(h) < 0 || (o.hi.compareTo(h) == 0 && !o.hiIn))) {
                h = o.hi;
                hi2 = o.hiIn;
            }
            return new Interval(l, li, h, hi2);
        }

        boolean isEmpty() {
            if (lo == null || hi == null) {
                return false;
            }
            int c = lo.compareTo(hi);
            return c > 0 || (c == 0 && !(loIn && hiIn));
        }

        boolean contains(BigDecimal v) {
            boolean above = lo == null || (loIn ? v.compareTo(lo) >= 0 : v.compareTo(lo) > 0);
            boolean below = hi == null || (hiIn ? v.compareTo(hi) <= 0 : v.compareTo(hi) < 0);
            return above && below;
        }

        boolean overlaps(Interval o) {
            return !and(o).isEmpty();
        }

        boolean wholeBounds() {
            return (lo == null || lo.stripTrailingZeros().scale() <= 0) && (hi == null || hi.stripTrailingZeros().scale() <= 0);
        }

        /** For a stepped number: the same values, as closed ends on the grid (empty when none is left). */
        Interval onGrid(BigDecimal step) {
            if (step == null) {
                return this;
            }
            BigDecimal l = lo;
            if (l != null) {
                BigDecimal up = l.divide(step, 0, RoundingMode.CEILING).multiply(step);
                l = !loIn && up.compareTo(l) == 0 ? up.add(step) : up;
            }
            BigDecimal h = hi;
            if (h != null) {
                BigDecimal down = h.divide(step, 0, RoundingMode.FLOOR).multiply(step);
                h = !hiIn && down.compareTo(h) == 0 ? down.subtract(step) : down;
            }
            Interval grid = new Interval(l, l != null, h, h != null);
            return grid;
        }

        /** A value inside (the interval is not empty). */
        BigDecimal sample(BigDecimal step) {
            if (lo != null && loIn) return lo;
            if (hi != null && hiIn) return hi;
            if (lo == null && hi == null) return BigDecimal.ZERO;
            if (lo == null) return hi.subtract(BigDecimal.ONE);
            if (hi == null) return lo.add(BigDecimal.ONE);
            return lo.add(hi).divide(BigDecimal.valueOf(2));
        }

        /** This and the interval that follows it, as one. */
        Interval joining(Interval next) {
            return new Interval(lo, loIn, next.hi, next.hiIn);
        }

        /** "staff = 11", "11 ≤ staff ≤ 30", "staff ≥ 31", "8.16 < measured < 8.17": the same in either language. */
        String describe(String fact, BigDecimal step) {
            if (lo != null && hi != null && lo.compareTo(hi) == 0) {
                return fact + " = " + plain(lo);
            }
            if (lo == null && hi == null) {
                return fact + ": " + "*";
            }
            if (lo == null) {
                return fact + (hiIn ? " ≤ " : " < ") + plain(hi);
            }
            if (hi == null) {
                return fact + (loIn ? " ≥ " : " > ") + plain(lo);
            }
            return plain(lo) + (loIn ? " ≤ " : " < ") + fact + (hiIn ? " ≤ " : " < ") + plain(hi);
        }

        private static String plain(BigDecimal v) {
            return v.stripTrailingZeros().scale() < 0 ? v.setScale(0).toPlainString() : v.stripTrailingZeros().toPlainString();
        }
    }
}
