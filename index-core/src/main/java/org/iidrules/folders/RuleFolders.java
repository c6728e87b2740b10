package org.iidrules.folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.iidrules.engine.UsedFiles;

/**
 * Rule folders on disk, the way policy staff work without rebuilding the project: a built-in year
 * exported as a folder tree, and next year's folder made from this year's. A year's folder shares
 * the catalogues, common rules and register with other years through its parent, so what is written
 * is a tree: {@code DIR/2026/manifest.yaml}, {@code DIR/catalogues/...}, {@code DIR/common/...},
 * {@code DIR/register.yaml}, each at the path it has in index-rules, so the copy's digest equals the
 * original's. Writing never overwrites: a file already there must be identical, or nothing is written.
 *
 * <pre>{@code
 * RuleFolders.export(YearSource.builtIn(2026), Path.of("my-rules"));      // my-rules/2026/manifest.yaml ...
 * RuleFolders.newYear(YearSource.latestBuiltIn(), Path.of("my-rules"), null);  // my-rules/2028/...
 * RuleSets.fromFolder(Path.of("my-rules/2028"));                           // compiled now
 * }</pre>
 */
public final class RuleFolders {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RuleFolders() {
    }

    /**
     * Writes a year as a rule folder tree under {@code dir}: its manifest, exactly the shared files it
     * uses, its cases and the submissions they name, at the same paths relative to {@code dir} as
     * relative to the original tree.
     *
     * @throws FolderException when a file already in {@code dir} differs from the one to write (nothing is written)
     */
    public static Written export(YearSource year, Path dir) {
        UsedFiles used = year.usedFiles();
        Map<String, byte[]> plan = new TreeMap<>();
        for (String file : used.files()) {
            plan.put(file, read(year.root(), file));
        }
        int cases = 0;
        for (String c : casesOf(year)) {
            plan.put(c, read(year.root(), c));
            submissionOf(year, c).ifPresent(s -> plan.put(s, read(year.root(), s)));
            cases++;
        }
        List<Written.File> files = write(dir, plan, year.describe());
        return new Written(dir.resolve(year.folderName()), used.id(), used.year(), files, cases);
    }

    /**
     * Writes next year's folder, {@code dir/<year + 1>}, made from {@code from}: the manifest with year,
     * id ({@code iid-<year + 1>}), version 0.1.0, status draft and title bumped, every parameter kept with
     * its source, and a first comment line naming the rule set it was made from (id, version, digest and,
     * when {@code createdOn} is given, the date: left out, the output is the same on any day); the files in
     * the year's own folder copied into the new one; the shared files as {@link #export} writes them; and
     * the year's cases, each marked as written for the year before, with its {@code year:} moved on.
     *
     * @param createdOn the date to write in the manifest's first line, or null for none
     * @throws FolderException when a file already in {@code dir} differs from the one to write (nothing is
     *         written), or when the manifest has no plain top-level id, year, version or status line to bump
     */
    public static Written newYear(YearSource from, Path dir, LocalDate createdOn) {
        UsedFiles used = from.usedFiles();
        int year = used.year() + 1;
        String oldFolder = from.folderName();
        String newFolder = String.valueOf(year);
        Map<String, byte[]> plan = new TreeMap<>();
        for (String file : used.files()) {
            plan.put(moved(file, oldFolder, newFolder), read(from.root(), file));
        }
        String manifestText = new String(read(from.root(), from.manifest()), StandardCharsets.UTF_8);
        plan.put(newFolder + "/manifest.yaml",
                bumpManifest(manifestText, used, year, createdOn, from.manifest()).getBytes(StandardCharsets.UTF_8));
        int cases = 0;
        for (String c : casesOf(from)) {
            String text = new String(read(from.root(), c), StandardCharsets.UTF_8);
            plan.put(moved(c, oldFolder, newFolder), carryCase(text, used, year).getBytes(StandardCharsets.UTF_8));
            submissionOf(from, c).ifPresent(s -> plan.put(moved(s, oldFolder, newFolder), read(from.root(), s)));
            cases++;
        }
        List<Written.File> files = write(dir, plan, "the new year " + year + " made from " + from.describe());
        return new Written(dir.resolve(newFolder), "iid-" + year, year, files, cases);
    }

    /** A file in the old year's folder goes to the new year's; a shared file keeps its path. */
    private static String moved(String path, String oldFolder, String newFolder) {
        return !oldFolder.isEmpty() && path.startsWith(oldFolder + "/") ? newFolder + path.substring(oldFolder.length()) : path;
    }

    // ---- the manifest and the cases of a new year ------------------------------------------------

    private static final Pattern TOP_LEVEL = Pattern.compile("(?m)^(id|year|version|status|title):[ \\t]*(.*?)[ \\t]*$");

    /**
     * The manifest with its identity lines replaced and a first comment naming its origin. The text is
     * edited line by line, not re-written from a parsed tree, so every comment and every parameter's
     * source stays as its author wrote it.
     */
    static String bumpManifest(String text, UsedFiles from, int year, LocalDate createdOn, String path) {
        Map<String, String> values = new TreeMap<>();
        values.put("id", "iid-" + year);
        values.put("year", String.valueOf(year));
        values.put("version", "0.1.0");
        values.put("status", "draft");
        Matcher m = TOP_LEVEL.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            String key = m.group(1);
            String value = key.equals("title") ? title(m.group(2), from, year) : values.get(key);
            seen.add(key);
            m.appendReplacement(out, Matcher.quoteReplacement(key + ": " + value));
        }
        m.appendTail(out);
        for (String key : values.keySet()) {
            if (!seen.contains(key)) {
                throw new FolderException(path + " has no line `" + key + ": ...` at the start of a line, so next year's "
                        + key + " cannot be written into it: write the manifest's id, year, version and status each on its own line");
            }
        }
        String header = "# Created by `iid new-year` from " + from.id() + " " + from.version() + " (sha256:" + from.digest() + ")"
                + (createdOn == null ? "" : " on " + createdOn) + ".\n"
                + "# A draft for " + year + ": the lines below were written for " + from.year()
                + "; edit what " + year + " changes, run `iid test` on this folder, then set version and status.\n";
        return header + out;
    }

    /** "Indeks Inovasi Daerah 2027 (announced)" → "Indeks Inovasi Daerah 2028 (draft)". */
    private static String title(String title, UsedFiles from, int year) {
        String t = title.replace(String.valueOf(from.year()), String.valueOf(year));
        t = t.replace("(" + from.status() + ")", "(draft)");
        return t.contains(String.valueOf(year)) ? t : t + " " + year;
    }

    private static final Pattern CASE_YEAR = Pattern.compile("(?m)^year:[ \\t]*(\\d{4})[ \\t]*$");

    /**
     * A case of the year before, carried into the new year: a note at the top says so, and its
     * {@code year:} names the new year so that it runs under the new folder's rules. Its expectations are
     * still the old year's: the note says to work them out again.
     */
    static String carryCase(String text, UsedFiles from, int year) {
        Matcher m = CASE_YEAR.matcher(text);
        String body = m.find() ? text.substring(0, m.start()) + "year: " + year + text.substring(m.end()) : text;
        return "# Copied by `iid new-year` from " + from.id() + " " + from.version() + ": written for " + from.year()
                + " and worked out by hand for " + from.year() + "'s rules.\n"
                + "# Only its year was changed (to " + year + "): work its expectations out again for " + year
                + "'s rules, or delete it, before trusting it.\n"
                + body;
    }

    // ---- reading the source tree -----------------------------------------------------------------

    /** The year's case files ({@code <year folder>/cases/*.yaml}), relative to the root, sorted. */
    private static List<String> casesOf(YearSource year) {
        Path dir = year.root().resolve(year.folderName()).resolve("cases");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".yaml") || n.toLowerCase(Locale.ROOT).endsWith(".yml"))
                    .sorted()
                    .map(n -> year.folderName() + "/cases/" + n)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * The submission file a case names ({@code submission: ../../cases/submissions/x.json}), relative to
     * the root; empty when the submission is written inline, or the case cannot be read (it is copied as
     * it is, and {@code iid test} will say what is wrong with it).
     */
    private static java.util.Optional<String> submissionOf(YearSource year, String casePath) {
        JsonNode root;
        try {
            root = YAML.readTree(read(year.root(), casePath));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        JsonNode ref = root == null ? null : root.get("submission");
        if (ref == null || !ref.isTextual()) {
            return java.util.Optional.empty();
        }
        Path caseFolder = year.root().resolve(casePath).getParent();
        Path target = caseFolder.resolve(ref.asText()).normalize();
        if (!target.startsWith(year.root()) || !Files.isRegularFile(target)) {
            throw new FolderException(casePath + " names the submission " + ref.asText() + ", which is not a file in "
                    + year.describe() + ": the case cannot be copied with it");
        }
        return java.util.Optional.of(year.root().relativize(target).toString().replace('\\', '/'));
    }

    private static byte[] read(Path root, String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " in " + root, e);
        }
    }

    // ---- writing ---------------------------------------------------------------------------------

    /**
     * Writes every planned file under {@code dir}, unless one already there differs: then nothing is
     * written, and the message lists each such file (it may hold someone's edits).
     */
    private static List<Written.File> write(Path dir, Map<String, byte[]> plan, String what) {
        List<Written.File> files = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : plan.entrySet()) {
            Path target = dir.resolve(f.getKey());
            boolean there = Files.exists(target);
            if (there && !(Files.isRegularFile(target) && Arrays.equals(readExisting(target), f.getValue()))) {
                differing.add(target.toString());
            }
            files.add(new Written.File(f.getKey(), there));
        }
        if (!differing.isEmpty()) {
            boolean one = differing.size() == 1;
            throw new FolderException("Nothing was written: " + (one ? "this file is" : "these files are") + " already in " + dir
                    + " and " + (one ? "differs from the one " : "differ from the ones ") + what + " would write there ("
                    + (one ? "it" : "they") + " may hold edits):\n  "
                    + String.join("\n  ", differing)
                    + "\nMove " + (one ? "it" : "them") + " away, or write into another folder.");
        }
        try {
            for (Map.Entry<String, byte[]> f : plan.entrySet()) {
                Path target = dir.resolve(f.getKey());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, f.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static byte[] readExisting(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
