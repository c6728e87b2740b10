package org.iidrules.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Case reports as JUnit XML (the format CI servers read): one {@code testsuite} per folder of case
 * files, one {@code testcase} per case, a {@code failure} for a case whose expectations do not all
 * hold, an {@code error} for a case that cannot run as written.
 */
public final class JunitXml {

    private JunitXml() {
    }

    public static void write(List<CaseReport> reports, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, write(reports), StandardCharsets.UTF_8);
    }

    public static String write(List<CaseReport> reports) {
        Map<String, List<CaseReport>> suites = new LinkedHashMap<>();
        for (CaseReport r : reports) {
            suites.computeIfAbsent(suiteOf(r.file()), k -> new java.util.ArrayList<>()).add(r);
        }
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"iid test\"").append(counts(reports)).append(">\n");
        for (Map.Entry<String, List<CaseReport>> suite : suites.entrySet()) {
            x.append("  <testsuite name=\"").append(escape(suite.getKey())).append('"').append(counts(suite.getValue()))
                    .append(" skipped=\"0\">\n");
            for (CaseReport r : suite.getValue()) {
                x.append("    <testcase name=\"").append(escape(r.name())).append("\" classname=\"")
                        .append(escape(suite.getKey().replace('/', '.'))).append("\" file=\"")
                        .append(escape(String.valueOf(r.file()).replace('\\', '/'))).append("\" time=\"")
                        .append(seconds(r.time())).append('"');
                if (r.passed()) {
                    x.append("/>\n");
                    continue;
                }
                x.append(">\n");
                String body = body(r);
                String tag = r.status() == CaseReport.Status.ERROR ? "error" : "failure";
                String type = r.error() != null ? "malformed case" : r.status() == CaseReport.Status.ERROR ? "case error" : "expectation";
                x.append("      <").append(tag).append(" type=\"").append(type).append("\" message=\"")
                        .append(escape(message(r))).append("\">").append(escape(body)).append("</").append(tag).append(">\n");
                x.append("    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    /** The folder of a case file and the one above it, e.g. "2022/cases". */
    static String suiteOf(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (dir == null || dir.getFileName() == null) {
            return "cases";
        }
        Path above = dir.getParent();
        return (above == null || above.getFileName() == null ? "" : above.getFileName() + "/") + dir.getFileName();
    }

    private static String counts(List<CaseReport> reports) {
        long failures = reports.stream().filter(r -> r.status() == CaseReport.Status.FAILED).count();
        long errors = reports.stream().filter(r -> r.status() == CaseReport.Status.ERROR).count();
        Duration time = reports.stream().map(CaseReport::time).reduce(Duration.ZERO, Duration::plus);
        return " tests=\"" + reports.size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" time=\"" + seconds(time) + "\"";
    }

    private static String message(CaseReport r) {
        if (r.error() != null) {
            return r.error();
        }
        List<ExpectationResult> problems = r.problems();
        return problems.size() + " of " + r.results().size() + " expectations did not pass; first: " + problems.get(0).describe();
    }

    private static String body(CaseReport r) {
        if (r.error() != null) {
            return r.error();
        }
        return r.problems().stream().map(ExpectationResult::describe).collect(Collectors.joining("\n"));
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d == null ? 0.0 : d.toNanos() / 1e9);
    }

    /** Escapes for XML text and attributes; drops characters XML 1.0 cannot hold. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
