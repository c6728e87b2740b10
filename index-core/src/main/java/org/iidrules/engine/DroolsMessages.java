package org.iidrules.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;

/**
 * Turns Drools' and MVEL's compile messages into sentences a rule author can act on: the rule's name,
 * what is wrong in its terms (a fact that does not exist, with the ones that do; a bracket missing before
 * {@code then}...). A message it does not know keeps Drools' own first line, after a plain sentence.
 */
final class DroolsMessages {

    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern ERROR_LINE = Pattern.compile("\\[Error: ([^\\n]*)\\]");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']*)'");
    private static final Pattern IMPORTING = Pattern.compile("Error importing : '([^']*)'");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED_VARIABLE = Pattern.compile("(\\S+) cannot be resolved to a variable");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\S+) cannot be resolved(?: to a type)?");
    private static final Pattern PARSER = Pattern.compile("\\[ERR \\d+\\] Line \\d+:\\d+ (.*?)(?: in rule \"((?:[^\"\\\\]|\\\\.)*)\")?\\s*$");
    private static final Pattern INPUT = Pattern.compile("(?:mismatched|extraneous) input '(.*?)'|no viable alternative at input '(.*?)'");
    private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.*?)'");
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.\\}\\]");

    private DroolsMessages() {
    }

    /** One Drools message in plain words, or null for the noise that only follows another message. */
    static ValidationProblem translate(String file, int line, int column, String message, String text, DrlFile drl) {
        if (message.contains("Parser returned a null Package") || message.contains("Only a type can be imported")
                || (message.startsWith("Rule Compilation error") && message.contains("is already defined"))) {
            return null;
        }
        String first = firstLine(message);
        String rule = ruleAt(drl, line);
        Matcher m = PARSER.matcher(first);
        if (m.find()) {
            String named = m.group(2) != null ? m.group(2) : rule;
            Matcher input = INPUT.matcher(m.group(1));
            Matcher missing = MISSING.matcher(m.group(1));
            if (input.find()) {
                String token = input.group(1) != null ? input.group(1) : input.group(2);
                if (token.equals("then")) {
                    return error(file, line, column, "compile.unclosedWhen", named);
                }
                if (token.equalsIgnoreCase("<eof>")) {
                    return error(file, line, column, "compile.eof", named);
                }
                return error(file, line, column, "compile.unexpected", named, token);
            }
            if (missing.find()) {
                return error(file, line, column, "compile.missing", named, missing.group(1), missing.group(2));
            }
            return error(file, line, column, "compile.syntax", named, first);
        }
        if (first.startsWith("Duplicate rule name:")) {
            return new ValidationProblem(Kind.DUPLICATE_RULE, ValidationProblem.Severity.ERROR, file, line, column,
                    "compile.duplicate", List.of(first.substring("Duplicate rule name:".length()).trim()));
        }
        m = STRICT.matcher(message);
        if (m.find()) {
            return error(file, line, column, "compile.unknownField", rule, m.group(2), simpleName(m.group(1)), knownFields(m.group(1)));
        }
        if (first.startsWith("Unable to Analyse Expression") || first.startsWith("Unable to analyze expression")) {
            String expression = first.replaceFirst("^Unable to [Aa]naly[sz]e [Ee]xpression\\s*", "")
                    .replaceFirst(":$", "").replace("'", "").trim();
            Matcher detail = ERROR_LINE.matcher(message);
            return error(file, line, column, "compile.expression", rule, expression, detail.find() ? detail.group(1) : "");
        }
        m = OBJECT_TYPE.matcher(first);
        if (m.find()) {
            return error(file, line, column, "compile.unknownType", rule, m.group(1));
        }
        m = IMPORTING.matcher(first);
        if (m.find()) {
            int at = text == null ? -1 : text.indexOf(m.group(1));
            return error(file, at < 0 ? line : TextLines.lineOf(text, at), at < 0 ? column : TextLines.columnOf(text, at),
                    "compile.badImport", m.group(1));
        }
        if (first.startsWith("Rule Compilation error")) {
            String detail = first.substring("Rule Compilation error".length()).trim();
            if ((m = UNDEFINED_METHOD.matcher(detail)).find()) {
                return error(file, line, column, "compile.unknownMethod", rule, m.group(1), m.group(3));
            }
            if ((m = UNRESOLVED_VARIABLE.matcher(detail)).find()) {
                return error(file, line, column, "compile.unknownVariable", rule, m.group(1));
            }
            if ((m = UNRESOLVED.matcher(detail)).find()) {
                return error(file, line, column, "compile.unknownName", rule, m.group(1));
            }
            if (detail.startsWith("Syntax error")) {
                return error(file, line, column, "compile.javaSyntax", rule, detail);
            }
            return error(file, line, column, "compile.then", rule, detail);
        }
        return error(file, line, column, "compile.other", rule, first);
    }

    /**
     * Drools often says one thing several times (a field it cannot find is reported for the field, then for
     * the whole constraint; a bad import, then for every pattern of the type): keep one of each, and drop
     * the echoes of a bad import.
     */
    static List<ValidationProblem> tidy(List<ValidationProblem> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> unknownFieldLines = new HashSet<>();
        Set<String> badImports = new HashSet<>();
        for (ValidationProblem p : problems) {
            if (p.key().equals("compile.unknownField")) {
                unknownFieldLines.add(p.file() + ":" + p.line());
            }
            if (p.key().equals("compile.badImport")) {
                String name = p.args().get(0);
                badImports.add(p.file() + ":" + name.substring(name.lastIndexOf('.') + 1));
            }
        }
        List<ValidationProblem> kept = new ArrayList<>();
        for (ValidationProblem p : problems) {
            if (p.key().equals("compile.expression") && unknownFieldLines.contains(p.file() + ":" + p.line())) {
                continue;
            }
            if (p.key().equals("compile.unknownType") && badImports.contains(p.file() + ":" + p.args().get(1))) {
                continue;
            }
            if (p.key().equals("compile.unknownVariable") && !badImports.isEmpty()) {
                continue;
            }
            if (seen.add(p.file() + ":" + p.line() + ":" + p.key() + ":" + p.args())) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Drools' own duplicate-name errors, less those the text check already reported with both places. */
    static List<ValidationProblem> withoutDuplicatesOf(List<ValidationProblem> compile, List<ValidationProblem> duplicates) {
        Set<String> names = new HashSet<>();
        duplicates.forEach(d -> names.add(d.args().get(0)));
        return compile.stream().filter(p -> !(p.key().equals("compile.duplicate") && names.contains(p.args().get(0)))).toList();
    }

    /**
     * A rule that compiled but failed the first time it ran (the classic engine checks some types only
     * then, e.g. a number compared with a text): named by the constraint MVEL quotes, when it can be found.
     */
    static ValidationProblem firstRun(RuntimeException e, Collection<DrlFile> files, String manifestPath) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        Matcher near = NEAR.matcher(all);
        Matcher error = ERROR_LINE.matcher(all);
        String detail = error.find() ? error.group(1) : firstLine(String.valueOf(e.getMessage()));
        if (near.find()) {
            String quoted = squeeze(near.group(1));
            for (DrlFile f : files) {
                for (DrlFile.Rule rule : f.rules()) {
                    if (squeeze(rule.condition()).contains(quoted)) {
                        return new ValidationProblem(Kind.RUNTIME, ValidationProblem.Severity.ERROR, f.path(), rule.line(), 0,
                                "runtime.rule", List.of(rule.name(), near.group(1).trim(), detail));
                    }
                }
            }
        }
        return new ValidationProblem(Kind.RUNTIME, ValidationProblem.Severity.ERROR, manifestPath, 0, 0, "runtime.other",
                List.of(detail));
    }

    private static String squeeze(String s) {
        return s.replace("!.", ".").replaceAll("\\s+", "");
    }

    private static ValidationProblem error(String file, int line, int column, String key, Object... args) {
        return Problems.error(Kind.COMPILE, file, line, column, key, Arrays.stream(args).map(a -> a == null ? "" : a).toArray());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** The name of the rule a line falls in (the last rule starting at or before it), or "". */
    static String ruleAt(DrlFile drl, int line) {
        String name = "";
        if (drl != null) {
            for (DrlFile.Rule r : drl.rules()) {
                if (r.line() <= line) {
                    name = r.name();
                }
            }
        }
        return name;
    }

    private static String simpleName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }

    /** The facts a model class offers a rule (its record components, or its getters), for "did you mean". */
    private static String knownFields(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, DroolsMessages.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                names.add(c.getName());
            }
        }
        Set<String> extra = new TreeSet<>();
        if (type.getName().startsWith("org.iidrules.model.")) {
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0 && method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers())
                        && method.getReturnType() != void.class && !names.contains(method.getName())
                        && !List.of("hashCode", "toString", "evidence").contains(method.getName())) {
                    extra.add(method.getName());
                }
            }
        }
        names.remove("evidence");
        names.addAll(extra);
        return String.join(", ", names);
    }
}
