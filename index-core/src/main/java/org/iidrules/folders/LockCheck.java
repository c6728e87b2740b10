package org.iidrules.folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.iidrules.engine.UsedFiles;

/**
 * Holds the built-in rule sets to their lock file, so that a year once released cannot change
 * silently (OpenFisca's discipline): a year that is not a draft must match its recorded digest, or
 * have a new version, a line in CHANGELOG.md naming the rule set and that version ({@code iid-2022
 * 1.0.1}), and be recorded again. Every released year's current version must have its CHANGELOG line.
 *
 * <pre>{@code
 * LockCheck check = new LockCheck(Path.of("index-rules/src/main/resources/iid"),
 *         Path.of("index-rules/rulesets.lock"), Path.of("CHANGELOG.md"));
 * check.run().problems();   // empty when every year matches
 * check.record();           // writes the lock, or refuses naming why
 * }</pre>
 */
public final class LockCheck {

    private final Path tree;
    private final Path lockFile;
    private final Path changelog;

    /**
     * @param tree      the rule tree holding rulesets.yaml (index-rules/src/main/resources/iid)
     * @param lockFile  the lock file (index-rules/rulesets.lock)
     * @param changelog the changelog (CHANGELOG.md at the repository's root)
     */
    public LockCheck(Path tree, Path lockFile, Path changelog) {
        this.tree = tree;
        this.lockFile = lockFile;
        this.changelog = changelog;
    }

    /** What a check found: problems fail the build; notes (drafts that changed) do not. */
    public record Report(List<Problem> problems, List<String> notes, RuleSetLock current) {
        public Report {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean passed() {
            return problems.isEmpty();
        }

        /** Every problem and note, one per line. */
        public String describe() {
            List<String> lines = new ArrayList<>();
            problems.forEach(p -> lines.add(p.message()));
            lines.addAll(notes);
            return String.join("\n", lines);
        }
    }

    /** One way a rule set differs from its lock, and the sentence that says what to do. */
    public record Problem(Kind kind, String ruleSet, String message) {
    }

    public enum Kind {
        /** (a) its files changed but its version did not: recording is refused. */
        VERSION_NOT_BUMPED,
        /**
         * (b) CHANGELOG.md has no line naming a released rule set and its version (bumped, unchanged or
         * not yet recorded): recording is refused.
         */
        NOT_IN_CHANGELOG,
        /** (c) bumped and logged, but the lock still holds the old record. */
        NOT_RECORDED,
        /** A built-in year the lock does not hold. */
        NOT_IN_LOCK,
        /** A rule set in the lock that is no longer built in. */
        NO_LONGER_BUILT_IN
    }

    /** Compares every year of the tree with the lock and the changelog. */
    public Report run() {
        RuleSetLock locked = RuleSetLock.read(lockFile);
        String log = readChangelog();
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, RuleSetLock.Entry> now = new LinkedHashMap<>();
        String record = "record it with `" + RuleSetLock.RECORD_COMMAND + "`";
        for (YearSource year : YearSource.listedIn(tree)) {
            UsedFiles used = year.usedFiles();
            String id = used.id();
            now.put(id, new RuleSetLock.Entry(used.year(), used.version(), used.status(), used.digest(), used.sha256()));
            RuleSetLock.Entry was = locked.ruleSets().get(id);
            boolean released = !isDraft(used.status());
            String named = id + " " + used.version();
            if (was == null) {
                boolean unlogged = released && !names(log, id, used.version());
                problems.add(new Problem(unlogged ? Kind.NOT_IN_CHANGELOG : Kind.NOT_IN_LOCK, id, id + " ("
                        + tree.resolve(used.manifest()) + ") is a built-in rule set but " + lockFile + " does not record it: "
                        + (unlogged ? "add a line to " + changelog + " naming `" + named + "`, then " : "") + record));
                continue;
            }
            boolean changed = !was.digest().equals(used.digest());
            if (!changed) {
                if (released && !names(log, id, used.version())) {
                    problems.add(new Problem(Kind.NOT_IN_CHANGELOG, id, changelog + " has no line naming `" + named
                            + "` (the rule set's id, a space, its version), which " + id + " has been released as: add one, such as `- "
                            + named + ": what it scores`"));
                }
                continue;
            }
            String files = changedFiles(was.files(), used.sha256());
            if (!released) {
                notes.add(id + " is a draft and changed since it was recorded (" + files + "): drafts are not held to the lock; "
                        + record + " when you want the lock to show it");
            } else if (was.version().equals(used.version()) && !isDraft(was.status())) {
                problems.add(new Problem(Kind.VERSION_NOT_BUMPED, id, id + "'s rules changed (" + files + ") but its version is still "
                        + used.version() + ": bump the version in " + tree.resolve(used.manifest()) + ", add a line to " + changelog
                        + " naming `" + id + " <new version>`, and " + record));
            } else if (!names(log, id, used.version())) {
                problems.add(new Problem(Kind.NOT_IN_CHANGELOG, id, id + " is now version " + used.version() + " (recorded: "
                        + was.version() + ") but " + changelog + " has no line naming `" + named
                        + "`: add one under [Unreleased], such as `- " + named + ": what changed and why` (the rule set's id, a space,"
                        + " its version), then " + record));
            } else {
                problems.add(new Problem(Kind.NOT_RECORDED, id, id + " " + used.version() + " is in " + changelog + " but "
                        + lockFile + " still records " + was.version() + " (digest " + abbreviated(was.digest()) + ", now "
                        + abbreviated(used.digest()) + "): " + record));
            }
        }
        for (Map.Entry<String, RuleSetLock.Entry> e : locked.ruleSets().entrySet()) {
            if (!now.containsKey(e.getKey())) {
                problems.add(new Problem(Kind.NO_LONGER_BUILT_IN, e.getKey(), lockFile + " records " + e.getKey() + " (year "
                        + e.getValue().year() + "), which is no longer a built-in rule set (" + tree.resolve("rulesets.yaml")
                        + " does not list it): " + record.replace("record it", "record the built-in years again")));
            }
        }
        return new Report(problems, notes, new RuleSetLock(now));
    }

    /**
     * Writes the lock from the tree as it is now, unless a released year changed without a new version
     * or its version has no CHANGELOG line: then nothing is written, and the report says why.
     *
     * @return the check made before writing; {@link Report#passed()} is false when it refused
     */
    public Report record() {
        Report report = run();
        List<Problem> refusing = report.problems().stream()
                .filter(p -> p.kind() == Kind.VERSION_NOT_BUMPED || p.kind() == Kind.NOT_IN_CHANGELOG)
                .toList();
        if (!refusing.isEmpty()) {
            return new Report(refusing, report.notes(), report.current());
        }
        report.current().write(lockFile);
        return new Report(List.of(), report.notes(), report.current());
    }

    private static boolean isDraft(String status) {
        return "draft".equals(status);
    }

    /**
     * True when the changelog names the rule set and version: {@code iid-2022 1.0.1}, the id and the
     * version each possibly in backticks, as Keep-a-Changelog lines write them; {@code 1.0.10} does not
     * name 1.0.1.
     */
    static boolean names(String changelog, String id, String version) {
        Pattern line = Pattern.compile("(?<![\\w-])`?" + Pattern.quote(id) + "`?\\s+`?" + Pattern.quote(version) + "(?![\\w-]|\\.\\d)");
        return line.matcher(changelog).find();
    }

    private String readChangelog() {
        try {
            return Files.readString(changelog, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + changelog, e);
        }
    }

    /** "catalogues/sid-v2023.drl; new: common/x.drl; no longer used: common/y.drl". */
    private static String changedFiles(Map<String, String> was, Map<String, String> now) {
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(was.keySet());
        all.addAll(now.keySet());
        for (String path : all) {
            if (!was.containsKey(path)) {
                added.add(path);
            } else if (!now.containsKey(path)) {
                removed.add(path);
            } else if (!was.get(path).equals(now.get(path))) {
                changed.add(path);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!changed.isEmpty()) {
            parts.add(String.join(", ", changed));
        }
        if (!added.isEmpty()) {
            parts.add("new: " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("no longer used: " + String.join(", ", removed));
        }
        return parts.isEmpty() ? "no file differs from its recorded SHA-256, so the recorded digest itself was edited"
                : String.join("; ", parts);
    }

    private static String abbreviated(String digest) {
        return digest.length() > 12 ? digest.substring(0, 12) + "…" : digest;
    }
}
