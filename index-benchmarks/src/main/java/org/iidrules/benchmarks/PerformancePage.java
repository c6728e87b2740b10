package org.iidrules.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes PERFORMANCE.md from what run.sh measured: the template
 * ({@code index-benchmarks/PERFORMANCE.template.md}, the prose) with its {@code {{placeholders}}}
 * filled from {@code target/perf} (the figures).
 *
 * <p>{@code java -cp ... org.iidrules.benchmarks.PerformancePage PERF_DIR TEMPLATE OUT}
 */
public final class PerformancePage {

    private final Path dir;
    private final Map<String, Double> jmh = new LinkedHashMap<>();
    private final Map<String, Double> jmhError = new LinkedHashMap<>();
    private final Map<String, String> jmhUnit = new LinkedHashMap<>();

    private PerformancePage(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String template = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        PerformancePage page = new PerformancePage(dir);
        page.readJmh();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("machine", page.machine());
        values.put("targets", page.targets());
        values.put("jmh", page.jmhTable());
        values.put("interleaved", page.tsv("interleaved.tsv"));
        values.put("profile", page.tsv("profile.tsv"));
        values.put("cli", page.tsv("cli.tsv"));
        values.put("crosscheck", page.text("crosscheck.txt").strip());
        values.put("heap", page.peakHeap());
        String out = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
    }

    // ---- inputs -------------------------------------------------------------------------------

    private void readJmh() throws IOException {
        Path file = dir.resolve("jmh.json");
        if (!Files.exists(file)) {
            return;
        }
        for (JsonNode b : new ObjectMapper().readTree(file.toFile())) {
            String name = b.get("benchmark").asText().replace("org.iidrules.benchmarks.jmh.", "");
            JsonNode params = b.get("params");
            if (params != null) {
                List<String> p = new ArrayList<>();
                params.fields().forEachRemaining(e -> p.add(e.getKey() + "=" + e.getValue().asText()));
                name += " (" + String.join(", ", p) + ")";
            }
            JsonNode metric = b.get("primaryMetric");
            jmh.put(name, metric.get("score").asDouble());
            jmhError.put(name, metric.get("scoreError").isNumber() ? metric.get("scoreError").asDouble() : Double.NaN);
            jmhUnit.put(name, metric.get("scoreUnit").asText() + " (" + b.get("mode").asText() + ")");
        }
    }

    private String text(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(not measured)";
    }

    /** A tab-separated file as a Markdown table; lines starting with # become a note under it. */
    private String tsv(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return "(not measured)";
        }
        StringBuilder table = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                notes.append("\n").append(line.substring(1).strip()).append("\n");
                continue;
            }
            String[] cells = line.split("\t", -1);
            table.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (header) {
                table.append("|").append("---|".repeat(cells.length)).append("\n");
                header = false;
            }
        }
        return table + notes.toString();
    }

    private Map<String, String> machineFacts() throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : text("machine.txt").split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                facts.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return facts;
    }

    // ---- sections -----------------------------------------------------------------------------

    private String machine() throws IOException {
        StringBuilder s = new StringBuilder("| | |\n|---|---|\n");
        machineFacts().forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return s.toString();
    }

    private String jmhTable() {
        if (jmh.isEmpty()) {
            return "(not measured)";
        }
        StringBuilder s = new StringBuilder("| benchmark | score | ± error (99.9%) | unit |\n|---|---:|---:|---|\n");
        jmh.forEach((k, v) -> s.append("| ").append(k).append(" | ").append(fmt(v)).append(" | ")
                .append(Double.isNaN(jmhError.get(k)) ? "" : fmt(jmhError.get(k))).append(" | ").append(jmhUnit.get(k)).append(" |\n"));
        return s.toString();
    }

    private String peakHeap() throws IOException {
        Matcher m = Pattern.compile("IID-PEAK-HEAP (\\d+) MB of (\\d+) MB").matcher(text("jmh.log"));
        int max = -1;
        int limit = 0;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
            limit = Integer.parseInt(m.group(2));
        }
        return max < 0 ? "(not measured)" : max + " MB used at most, of a " + limit + " MB heap (-Xmx256m)";
    }

    private String targets() throws IOException {
        Double floor = find("NationalBenchmark.floor");
        Double explained = find("NationalBenchmark.rulesExplained");
        Double scores = find("NationalBenchmark.rulesScoresOnly");
        Double region = find("RegionBenchmark.oneRegion (explain=true)");
        Double regionScores = find("RegionBenchmark.oneRegion (explain=false)");
        Map<String, Double> interleaved = interleaved();
        Map<String, Double> cli = cli();
        StringBuilder s = new StringBuilder("| target | measured | met |\n|---|---|---|\n");
        Double interleavedExplained = interleaved.get("rules, explained");
        Double interleavedScores = interleaved.get("rules, scores only");
        Double jmhRatio = explained == null || floor == null ? null : explained / floor;
        // Met only when both measurements agree: on a busy machine either can flatter.
        row(s, "national run ≤ 10 × the plain-Java floor, explanations on",
                jmhRatio == null || interleavedExplained == null ? null : Math.max(jmhRatio, interleavedExplained), 10,
                jmhRatio == null ? "(not measured)" : String.format(Locale.ROOT,
                        "JMH: %.1f × (%s ms vs %s ms); interleaved, CPU time: %s × (scores only: JMH %s ×, interleaved %s ×)",
                        jmhRatio, fmt(explained), fmt(floor), interleavedExplained == null ? "?" : fmt(interleavedExplained),
                        scores == null ? "?" : fmt(scores / floor), interleavedScores == null ? "?" : fmt(interleavedScores)));
        s.append("| national run in ≤ 256 MB of heap | ").append(peakHeap()).append(" | ")
                .append(peakHeap().startsWith("(") ? "?" : "yes").append(" |\n");
        row(s, "one region (70 innovations) ≤ 1 ms warm, explanations on", region == null ? null : region / 1000, 1,
                region == null ? "(not measured)" : String.format(Locale.ROOT, "%s ms (scores only: %s ms)", fmt(region / 1000),
                        regionScores == null ? "?" : fmt(regionScores / 1000)));
        Double launcher = cli.get("one region: bin/iid score FILE (the flags above + AppCDS)");
        Double plain = cli.get("one region: java -jar iid.jar score FILE");
        Double aot = cli.get("one region: JDK 25, the flags above + AOT cache (instead of AppCDS)");
        row(s, "CLI, one region, start to printed result ≤ 1.0 s", launcher, 1.0,
                launcher == null ? "(not measured)" : String.format(Locale.ROOT, "%s s with bin/iid; %s s with plain java -jar%s (medians)",
                        fmt(launcher), plain == null ? "?" : fmt(plain),
                        aot == null ? "" : "; " + fmt(aot) + " s on JDK 25 with an AOT cache"));
        Double interleavedCost = interleavedExplained == null || interleavedScores == null ? null : interleavedExplained / interleavedScores;
        Double jmhCost = explained == null || scores == null ? null : explained / scores;
        row(s, "explanations cost ≤ 1.5 × a run without them",
                jmhCost == null || interleavedCost == null ? null : Math.max(jmhCost, interleavedCost), 1.5,
                jmhCost == null ? "(not measured)" : String.format(Locale.ROOT,
                        "JMH: %.2f × (national run); interleaved, CPU time: %s ×", jmhCost,
                        interleavedCost == null ? "?" : String.format(Locale.ROOT, "%.2f", interleavedCost)));
        return s.toString();
    }

    private static void row(StringBuilder s, String target, Double value, double limit, String measured) {
        s.append("| ").append(target).append(" | ").append(measured).append(" | ")
                .append(value == null ? "?" : value <= limit ? "yes" : "no").append(" |\n");
    }

    private Double find(String name) {
        return jmh.get(name);
    }

    /** "x floor (cpu)" of each interleaved variant. */
    private Map<String, Double> interleaved() throws IOException {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Path file = dir.resolve("interleaved.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] c = line.split("\t");
                if (c.length >= 4 && !line.startsWith("#") && !line.startsWith("variant")) {
                    ratios.put(c[0], Double.parseDouble(c[3]));
                }
            }
        }
        return ratios;
    }

    /** Median seconds of each CLI variant. */
    private Map<String, Double> cli() throws IOException {
        Map<String, Double> medians = new LinkedHashMap<>();
        Path file = dir.resolve("cli.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] c = line.split("\t");
                if (c.length >= 3 && !line.startsWith("command")) {
                    medians.put(c[0], Double.parseDouble(c[2]));
                }
            }
        }
        return medians;
    }

    private static String fmt(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
