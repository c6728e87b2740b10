package org.iidrules.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.iidrules.RuleSet;
import org.iidrules.RuleSetException;
import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a year's manifest and everything it names, checks that they agree, compiles the rules and
 * stamps the whole with a digest.
 */
public final class RuleSetLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RuleSetLoader() {
    }

    /**
     * Loads the rule set whose manifest is at {@code manifestPath} within {@code files}, using the rule
     * base compiled at build time when there is one that matches the manifest.
     */
    public static RuleSet load(RuleFiles files, String manifestPath) {
        return load(files, manifestPath, true);
    }

    /**
     * Loads a rule set; with {@code usePrecompiled} false the DRL is always compiled now (the classic
     * engine, whose errors name file and line). Tests use this to prove both paths score alike.
     */
    public static RuleSet load(RuleFiles files, String manifestPath, boolean usePrecompiled) {
        long started = System.nanoTime();
        Reading reading = read(files, manifestPath, usePrecompiled, false);
        if (reading.ruleSet == null) {
            throw new RuleSetException(reading.name(), Problems.toRuleProblems(reading.problems));
        }
        LOG.debug("loaded rule set {} ({} rules, {}) in {} ms", reading.manifest.id(), reading.rules.size(),
                reading.precompiled ? "compiled at build time" : "compiled now", (System.nanoTime() - started) / 1_000_000);
        return reading.ruleSet;
    }

    /**
     * The files a year uses, read and checked but not compiled: its manifest, catalogues, rule files and
     * the register entries it names, by path relative to {@code files}' root (a register entry as
     * {@code register.yaml#assumptions/A14}), with the digest a loaded rule set would carry. Exporting a
     * year and locking the built-in years use this; it never compiles, so it is quick.
     *
     * @throws RuleSetException naming every file that is missing or unreadable
     */
    public static UsedFiles usedFiles(RuleFiles files, String manifestPath) {
        Reading r = new Reading(files, manifestPath);
        r.filesOnly = true;
        try {
            readInto(r, false, false);
        } catch (RuleFiles.OutsideException e) {
            r.problems.add(Problems.error(Kind.MANIFEST, manifestPath, 0, 0, "file.outside", e.path()));
        }
        if (r.failed()) {
            throw new RuleSetException(r.name(), Problems.toRuleProblems(r.problems));
        }
        Manifest m = r.manifest;
        return new UsedFiles(m.id(), m.year(), m.version(), m.status(), manifestPath, r.used, digest(r.used));
    }

    /**
     * How far reading a rule set got: what was read, every problem found, and the rule set when nothing
     * was wrong. The loader stops at the first stage with an error; {@code validate} goes on as far as it
     * can, so one run reports as much as possible.
     */
    static final class Reading {
        final RuleFiles files;
        final String manifestPath;
        final List<ValidationProblem> problems = new ArrayList<>();
        /** Every file the year uses, by path: the digest is taken over exactly these bytes. */
        final Map<String, byte[]> used = new TreeMap<>();
        Manifest manifest;
        String spdPath;
        String sidPath;
        Catalogue spd;
        Catalogue sid;
        /** The rule files the year uses, in the order the catalogues and the manifest name them. */
        final Map<String, DrlFile> drl = new LinkedHashMap<>();
        /** Every rule's metadata, once the rules compiled. */
        Map<String, RuleInfo> rules;
        boolean precompiled;
        CompiledRuleSet ruleSet;
        /** Stop once every file is read: no sandbox, no compiling (export and the lock want only the files). */
        boolean filesOnly;

        Reading(RuleFiles files, String manifestPath) {
            this.files = files;
            this.manifestPath = manifestPath;
        }

        String name() {
            return manifest == null || manifest.id() == null ? manifestPath : manifest.id();
        }

        /** The text of a file the year uses, or null. */
        String text(String path) {
            byte[] bytes = used.get(path);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        boolean failed() {
            return Problems.anyError(problems);
        }
    }

    /**
     * Reads, checks and compiles a rule set. With {@code thorough} false it stops at the first stage that
     * finds an error (loading); with it true it reads and compiles as much as it can (validating). Rule
     * files with a construct the sandbox forbids are never compiled.
     */
    static Reading read(RuleFiles files, String manifestPath, boolean usePrecompiled, boolean thorough) {
        Reading r = new Reading(files, manifestPath);
        try {
            readInto(r, usePrecompiled, thorough);
        } catch (RuleFiles.OutsideException e) {
            // A path in the manifest or a catalogue climbs out of the rule folder's parent.
            r.problems.add(Problems.error(Kind.MANIFEST, manifestPath, 0, 0, "file.outside", e.path()));
            r.ruleSet = null;
        }
        return r;
    }

    private static void readInto(Reading r, boolean usePrecompiled, boolean thorough) {
        RuleFiles files = r.files;
        String manifestPath = r.manifestPath;
        List<ValidationProblem> problems = r.problems;
        r.manifest = readYaml(files, "", manifestPath, Manifest.class, r.used, problems);
        if (r.manifest == null) {
            return;
        }
        Manifest manifest = r.manifest;
        String base = RuleFiles.parent(manifestPath);
        problems.addAll(RuleChecks.manifest(manifest, manifestPath, r.text(manifestPath)));
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> assumptions = new LinkedHashMap<>();
        readRegister(files, base, manifest, manifestPath, r.text(manifestPath), sources, assumptions, r.used, problems);

        r.spdPath = manifest.catalogues() == null || manifest.catalogues().spd() == null ? null
                : RuleFiles.resolve(base, manifest.catalogues().spd().file());
        r.sidPath = manifest.catalogues() == null || manifest.catalogues().sid() == null ? null
                : RuleFiles.resolve(base, manifest.catalogues().sid().file());
        r.spd = r.spdPath == null ? null : readYaml(files, base, r.spdPath, Catalogue.class, r.used, problems);
        r.sid = r.sidPath == null ? null : readYaml(files, base, r.sidPath, Catalogue.class, r.used, problems);
        if (r.spd == null || r.sid == null) {
            if (r.spdPath == null || r.sidPath == null) {
                problems.add(Problems.error(Kind.MANIFEST, manifestPath, TextLines.lineOfKey(r.text(manifestPath), "catalogues"), 0,
                        "manifest.catalogues"));
            }
            return;
        }

        List<String> drlPaths = new ArrayList<>();
        for (String p : r.spd.rules()) {
            drlPaths.add(RuleFiles.resolve(RuleFiles.parent(r.spdPath), p));
        }
        for (String p : r.sid.rules()) {
            drlPaths.add(RuleFiles.resolve(RuleFiles.parent(r.sidPath), p));
        }
        for (String p : manifest.rules()) {
            drlPaths.add(RuleFiles.resolve(base, p));
        }
        Map<String, byte[]> drlBytes = new LinkedHashMap<>();
        for (String path : drlPaths) {
            byte[] bytes = files.read(path);
            if (bytes == null) {
                problems.add(missing(files, base, path));
            } else {
                drlBytes.put(path, bytes);
                r.used.put(path, bytes);
                r.drl.put(path, DrlFile.read(path, bytes));
            }
        }
        if (drlBytes.size() < drlPaths.size() || (!thorough && r.failed()) || r.filesOnly) {
            return;
        }
        // Rule files are code: refuse what could touch the machine before Drools compiles any of it. The
        // built-in files are checked by validate in the tests, not on every start.
        List<ValidationProblem> forbidden = new ArrayList<>();
        if (!files.trusted() || thorough) {
            drlBytes.forEach((path, bytes) -> forbidden.addAll(Sandbox.check(path, new String(bytes, StandardCharsets.UTF_8))));
        }
        problems.addAll(forbidden);
        List<ValidationProblem> duplicates = RuleChecks.duplicateRuleNames(r.drl.values());
        problems.addAll(duplicates);
        if (!forbidden.isEmpty() || (!thorough && r.failed())) {
            return;
        }

        KieBase kieBase = usePrecompiled ? precompiled(files, r.drl) : null;
        r.precompiled = kieBase != null;
        if (kieBase == null) {
            List<ValidationProblem> compileProblems = new ArrayList<>();
            kieBase = RuleBaseBuilder.build(drlBytes, r.drl, compileProblems);
            problems.addAll(DroolsMessages.withoutDuplicatesOf(compileProblems, duplicates));
        }
        if (kieBase == null) {
            return;
        }
        r.rules = readRules(kieBase, r.drl, manifest, sources, assumptions, r.spd, r.sid, problems);
        problems.addAll(RuleChecks.unscored(r.rules.values(), r.spd, r.spdPath, r.text(r.spdPath)));
        problems.addAll(RuleChecks.unscored(r.rules.values(), r.sid, r.sidPath, r.text(r.sidPath)));
        if (r.failed()) {
            return;
        }
        CompiledRuleSet ruleSet = new CompiledRuleSet(manifest, r.spd, r.sid, kieBase, r.rules, sources, assumptions, digest(r.used),
                r.precompiled);
        // The classic engine type-checks some constraints only when they first run: run once now so a
        // broken rule fails here, at load, and not in the middle of someone's national run. The
        // executable model was type-checked by javac when the project was built, so a precompiled rule
        // base skips this run (a one-region command line would otherwise score twice).
        if (!r.precompiled) {
            try {
                ruleSet.evaluate(SmokeTest.submission(manifest.year()));
            } catch (RuntimeException e) {
                problems.add(DroolsMessages.firstRun(e, r.drl.values(), manifestPath));
                return;
            }
        }
        r.ruleSet = ruleSet;
    }

    /**
     * The rule base compiled at build time for the DRL packages of the files the manifest names, or
     * null (and the files are compiled now) when the build did not precompile all of them.
     */
    private static KieBase precompiled(RuleFiles files, Map<String, DrlFile> drl) {
        java.util.Set<String> packages = new java.util.TreeSet<>();
        drl.values().forEach(f -> packages.add(f.pkg()));
        return files.precompiled(packages);
    }

    /**
     * Looks up the manifest's source and assumption ids in the register. The digest takes the text of
     * exactly those entries, not the whole register: editing an assumption moves the digest of the
     * years that use it, and of no other.
     */
    private static void readRegister(RuleFiles files, String base, Manifest manifest, String manifestPath, String manifestText,
                                     Map<String, String> sources, Map<String, String> assumptions,
                                     Map<String, byte[]> used, List<ValidationProblem> problems) {
        if (manifest.register() == null) {
            problems.add(Problems.error(Kind.MANIFEST, manifestPath, 0, 0, "manifest.noRegister"));
            return;
        }
        String path = RuleFiles.resolve(base, manifest.register());
        Register register = readYaml(files, base, path, Register.class, new TreeMap<>(), problems);
        if (register == null) {
            return;
        }
        int sourcesLine = TextLines.lineOfKey(manifestText, "sources");
        int assumptionsLine = TextLines.lineOfKey(manifestText, "assumptions");
        for (String id : manifest.sources()) {
            copy(id, register.sources(), sources, path + "#sources/", "register.unknownSource", manifestPath, sourcesLine, used, problems);
        }
        for (String id : manifest.assumptions()) {
            copy(id, register.assumptions(), assumptions, path + "#assumptions/", "register.unknownAssumption", manifestPath,
                    assumptionsLine, used, problems);
        }
    }

    private static void copy(String id, Map<String, String> from, Map<String, String> to, String digestKey, String key,
                             String manifestPath, int line, Map<String, byte[]> used, List<ValidationProblem> problems) {
        String text = from.get(id);
        if (text == null) {
            problems.add(Problems.error(Kind.REGISTER, manifestPath, line, 0, key, id, digestKey.substring(0, digestKey.indexOf('#'))));
            return;
        }
        to.put(id, text);
        used.put(digestKey + id, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads every rule's metadata and checks it against the catalogues and the manifest. */
    private static Map<String, RuleInfo> readRules(KieBase kieBase, Map<String, DrlFile> drl, Manifest manifest,
                                                   Map<String, String> sources, Map<String, String> assumptionTexts, Catalogue spd, Catalogue sid,
                                                   List<ValidationProblem> problems) {
        Map<String, RuleInfo> rules = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                // Read file and place from the DRL text: the executable model keeps neither.
                String file = pkg.getName();
                int order = Integer.MAX_VALUE;
                int line = 0;
                String condition = "";
                int fileIndex = 0;
                for (DrlFile f : drl.values()) {
                    int position = f.pkg().equals(pkg.getName()) ? f.positionOf(rule.getName()) : -1;
                    if (position >= 0) {
                        file = f.path();
                        order = fileIndex * 100_000 + position;
                        line = f.rules().get(position).line();
                        condition = f.rules().get(position).condition();
                        break;
                    }
                    fileIndex++;
                }
                String indicator = text(meta.get("indicator"));
                String row = text(meta.get("row"));
                String source = text(meta.get("source"));
                List<String> assumptions = LoaderSupport.split(text(meta.get("assumption")));
                int level = 0;
                if (meta.get("level") != null) {
                    try {
                        level = Integer.parseInt(text(meta.get("level")));
                    } catch (NumberFormatException e) {
                        level = -1;
                    }
                }
                RuleInfo info = new RuleInfo(pkg.getName(), rule.getName(), file, line, order, indicator, row, level, source, assumptions,
                        condition);
                problems.addAll(RuleChecks.metadata(info, text(meta.get("level")), manifest, sources.keySet(), assumptionTexts.keySet(), spd, sid));
                rules.put(info.key(), info);
            }
        }
        return rules;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /**
     * A file the year names is not there. A shared file (one outside the year's own folder) missing is
     * usually a year folder copied by hand without the catalogues, common rules and register beside it:
     * the message says to copy it with {@code iid export}.
     */
    private static ValidationProblem missing(RuleFiles files, String base, String path) {
        boolean shared = !base.isEmpty() && !path.startsWith(base + "/");
        return Problems.error(Kind.MANIFEST, path, 0, 0, shared ? "file.missingShared" : "file.missing", files.describe());
    }

    private static <T> T readYaml(RuleFiles files, String base, String path, Class<T> type, Map<String, byte[]> used,
                                  List<ValidationProblem> problems) {
        byte[] bytes = files.read(path);
        if (bytes == null) {
            problems.add(missing(files, base, path));
            return null;
        }
        used.put(path, bytes);
        try {
            return YAML.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            problems.add(YamlMessages.problem(path, e, new String(bytes, StandardCharsets.UTF_8)));
            return null;
        } catch (IOException e) {
            problems.add(Problems.error(Kind.YAML, path, 0, 0, "file.unreadable", e.getMessage()));
            return null;
        }
    }

    /**
     * SHA-256 over every file the year uses, in path order, each as its path, a newline, its length,
     * a newline and its bytes: renaming, moving or editing any of them changes the digest.
     */
    static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                sha.update((f.getKey() + "\n" + f.getValue().length + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
