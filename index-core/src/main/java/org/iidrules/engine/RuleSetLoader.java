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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.iidrules.RuleProblem;
import org.iidrules.RuleSet;
import org.iidrules.RuleSetException;
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
        List<RuleProblem> problems = new ArrayList<>();
        // Every file the year uses, by path: the digest is taken over exactly these bytes.
        Map<String, byte[]> used = new TreeMap<>();

        Manifest manifest = readYaml(files, manifestPath, Manifest.class, used, problems);
        if (manifest == null) {
            throw new RuleSetException(manifestPath, problems);
        }
        String base = RuleFiles.parent(manifestPath);
        checkManifest(manifest, manifestPath, problems);
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> assumptions = new LinkedHashMap<>();
        readRegister(files, base, manifest, manifestPath, sources, assumptions, used, problems);

        String spdPath = manifest.catalogues() == null || manifest.catalogues().spd() == null ? null : manifest.catalogues().spd().file();
        String sidPath = manifest.catalogues() == null || manifest.catalogues().sid() == null ? null : manifest.catalogues().sid().file();
        Catalogue spd = spdPath == null ? null
                : readYaml(files, RuleFiles.resolve(base, spdPath), Catalogue.class, used, problems);
        Catalogue sid = sidPath == null ? null
                : readYaml(files, RuleFiles.resolve(base, sidPath), Catalogue.class, used, problems);
        if (spd == null || sid == null) {
            if (spdPath == null || sidPath == null) {
                problems.add(new RuleProblem(manifestPath, 0, 0, "the manifest must name both catalogues: catalogues.spd and catalogues.sid"));
            }
            throw new RuleSetException(manifest.id(), problems);
        }

        Map<String, byte[]> drl = new LinkedHashMap<>();
        List<String> drlPaths = new ArrayList<>();
        for (String p : spd.rules()) {
            drlPaths.add(RuleFiles.resolve(RuleFiles.parent(RuleFiles.resolve(base, spdPath)), p));
        }
        for (String p : sid.rules()) {
            drlPaths.add(RuleFiles.resolve(RuleFiles.parent(RuleFiles.resolve(base, sidPath)), p));
        }
        for (String p : manifest.rules()) {
            drlPaths.add(RuleFiles.resolve(base, p));
        }
        for (String path : drlPaths) {
            byte[] bytes = files.read(path);
            if (bytes == null) {
                problems.add(new RuleProblem(path, 0, 0, "this rule file is named but does not exist in " + files.describe()));
            } else {
                drl.put(path, bytes);
                used.put(path, bytes);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(manifest.id(), problems);
        }

        Map<String, DrlFile> drlFiles = new LinkedHashMap<>();
        drl.forEach((path, bytes) -> drlFiles.put(path, DrlFile.read(path, bytes)));
        KieBase kieBase = usePrecompiled ? precompiled(files, drlFiles) : null;
        boolean precompiled = kieBase != null;
        if (kieBase == null) {
            kieBase = RuleBaseBuilder.build(drl, problems);
        }
        if (kieBase == null) {
            throw new RuleSetException(manifest.id(), problems);
        }
        Map<String, RuleInfo> rules = readRules(kieBase, drlFiles, manifest, sources, assumptions, spd, sid, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(manifest.id(), problems);
        }
        CompiledRuleSet ruleSet = new CompiledRuleSet(manifest, spd, sid, kieBase, rules, sources, assumptions, digest(used),
                precompiled);
        // The classic engine type-checks some constraints only when they first run: run once now so a
        // broken rule fails here, at load, and not in the middle of someone's national run. The
        // executable model was type-checked by javac when the project was built, so a precompiled rule
        // base skips this run (a one-region command line would otherwise score twice).
        if (!precompiled) {
            ruleSet.evaluate(SmokeTest.submission(manifest.year()));
        }
        LOG.debug("loaded rule set {} ({} rules, {}) in {} ms", manifest.id(), rules.size(),
                precompiled ? "compiled at build time" : "compiled now", (System.nanoTime() - started) / 1_000_000);
        return ruleSet;
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
    private static void readRegister(RuleFiles files, String base, Manifest manifest, String manifestPath,
                                     Map<String, String> sources, Map<String, String> assumptions,
                                     Map<String, byte[]> used, List<RuleProblem> problems) {
        if (manifest.register() == null) {
            problems.add(new RuleProblem(manifestPath, 0, 0, "the manifest names no register (register: ../register.yaml)"));
            return;
        }
        String path = RuleFiles.resolve(base, manifest.register());
        Register register = readYaml(files, path, Register.class, new TreeMap<>(), problems);
        if (register == null) {
            return;
        }
        for (String id : manifest.sources()) {
            copy(id, register.sources(), sources, path + "#sources/", "source", manifestPath, used, problems);
        }
        for (String id : manifest.assumptions()) {
            copy(id, register.assumptions(), assumptions, path + "#assumptions/", "assumption", manifestPath, used, problems);
        }
    }

    private static void copy(String id, Map<String, String> from, Map<String, String> to, String digestKey, String what,
                             String manifestPath, Map<String, byte[]> used, List<RuleProblem> problems) {
        String text = from.get(id);
        if (text == null) {
            problems.add(new RuleProblem(manifestPath, 0, 0, "the manifest lists " + what + " " + id + ", which the register does not define"));
            return;
        }
        to.put(id, text);
        used.put(digestKey + id, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void checkManifest(Manifest m, String path, List<RuleProblem> problems) {
        List<String> missing = new ArrayList<>();
        if (m.id() == null) missing.add("id");
        if (m.year() == 0) missing.add("year");
        if (m.version() == null) missing.add("version");
        if (m.status() == null) missing.add("status");
        if (m.formula() == null || m.formula().minimumDivisor() == null || m.formula().sjiPerInnovation() == null
                || m.formula().sjiInnovationCap() == null) {
            missing.add("formula (minimumDivisor, sjiPerInnovation, sjiInnovationCap)");
        }
        if (m.requirement() == null || m.requirement().basicServicesNeeded() == null || m.requirement().whenUnmet() == null) {
            missing.add("requirement (basicServicesNeeded, whenUnmet)");
        }
        if (m.predicate() == null || m.predicate().bands() == null || m.predicate().bands().isEmpty()) {
            missing.add("predicate.bands");
        }
        for (String field : missing) {
            problems.add(new RuleProblem(path, 0, 0, "the manifest has no " + field));
        }
        if (m.requirement() != null && m.requirement().whenUnmet() != null
                && !"SJI_ZERO".equals(m.requirement().whenUnmet().value())) {
            problems.add(new RuleProblem(path, 0, 0, "requirement.whenUnmet must be SJI_ZERO (the only consequence the methodology knows), not "
                    + m.requirement().whenUnmet().value()));
        }
        if (m.predicate() != null && m.predicate().bands() != null
                && m.predicate().bands().stream().noneMatch(b -> b.from() != null && b.from().signum() == 0)) {
            problems.add(new RuleProblem(path, 0, 0, "predicate.bands must include a band from 0.00, so that every index has a predicate"));
        }
        for (String assumption : assumptionsOf(m)) {
            if (!m.assumptions().contains(assumption)) {
                problems.add(new RuleProblem(path, 0, 0, "the manifest cites assumption " + assumption + " but its assumptions list has no " + assumption));
            }
        }
    }

    private static List<String> assumptionsOf(Manifest m) {
        List<String> cited = new ArrayList<>();
        List<Manifest.Param<?>> params = new ArrayList<>();
        if (m.formula() != null) {
            params.addAll(Arrays.asList(m.formula().minimumDivisor(), m.formula().sjiPerInnovation(), m.formula().sjiInnovationCap()));
        }
        if (m.requirement() != null) {
            params.addAll(Arrays.asList(m.requirement().basicServicesNeeded(), m.requirement().whenUnmet()));
        }
        params.add(m.eligibility().mandatoryIndicators());
        params.add(m.eligibility().mandatorySpdRows());
        for (Manifest.Param<?> p : params) {
            if (p != null) {
                cited.addAll(LoaderSupport.split(p.assumption()));
            }
        }
        if (m.predicate() != null) {
            cited.addAll(LoaderSupport.split(m.predicate().assumption()));
        }
        if (m.catalogues() != null) {
            for (Manifest.CatalogueRef c : Arrays.asList(m.catalogues().spd(), m.catalogues().sid())) {
                if (c != null) {
                    cited.addAll(LoaderSupport.split(c.assumption()));
                }
            }
        }
        return cited;
    }

    /** Reads every rule's metadata and checks it against the catalogues and the manifest. */
    private static Map<String, RuleInfo> readRules(KieBase kieBase, Map<String, DrlFile> drl, Manifest manifest,
                                                   Map<String, String> sources, Map<String, String> assumptionTexts, Catalogue spd, Catalogue sid,
                                                   List<RuleProblem> problems) {
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
                String where = "rule \"" + rule.getName() + "\"";
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
                    if (level < 1 || level > 3) {
                        problems.add(new RuleProblem(file, line, 0, where + ": @level must be 1, 2 or 3, not " + meta.get("level")));
                    }
                }
                if (source == null && assumptions.isEmpty()) {
                    problems.add(new RuleProblem(file, line, 0, where + " cites no @source and no @assumption: every rule must say what it rests on"));
                }
                if (source != null && !sources.containsKey(source)) {
                    problems.add(new RuleProblem(file, line, 0, where + " cites source " + source + ", which the manifest of " + manifest.id() + " does not list under sources"));
                }
                for (String a : assumptions) {
                    if (!assumptionTexts.containsKey(a)) {
                        problems.add(new RuleProblem(file, line, 0, where + " cites assumption " + a + ", which the manifest of " + manifest.id() + " does not list under assumptions"));
                    }
                }
                if (indicator != null && sid.indicator(indicator) == null) {
                    problems.add(new RuleProblem(file, line, 0, where + ": @indicator(" + indicator + ") is not in catalogue " + sid.id()));
                }
                if (row != null && spd.indicator(row) == null) {
                    problems.add(new RuleProblem(file, line, 0, where + ": @row(" + row + ") is not in catalogue " + spd.id()));
                }
                RuleInfo info = new RuleInfo(pkg.getName(), rule.getName(), file, line, order, indicator, row, level, source, assumptions,
                        condition);
                rules.put(info.key(), info);
            }
        }
        for (Catalogue.Indicator i : sid.indicators()) {
            if (rules.values().stream().noneMatch(r -> i.no().equals(r.indicator()) && r.level() > 0)) {
                problems.add(new RuleProblem(sid.id(), 0, 0, "indicator " + i.no() + " " + i.key() + " has no level rule"));
            }
        }
        for (Catalogue.Indicator i : spd.indicators()) {
            if (rules.values().stream().noneMatch(r -> i.no().equals(r.row()) && r.level() > 0)) {
                problems.add(new RuleProblem(spd.id(), 0, 0, "SPD row " + i.no() + " " + i.key() + " has no level rule"));
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

    private static <T> T readYaml(RuleFiles files, String path, Class<T> type, Map<String, byte[]> used,
                                  List<RuleProblem> problems) {
        byte[] bytes = files.read(path);
        if (bytes == null) {
            problems.add(new RuleProblem(path, 0, 0, "file not found in " + files.describe()));
            return null;
        }
        used.put(path, bytes);
        try {
            return YAML.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            problems.add(new RuleProblem(path, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    newline < 0 ? message : message.substring(0, newline)));
            return null;
        } catch (IOException e) {
            problems.add(new RuleProblem(path, 0, 0, "cannot read: " + e.getMessage()));
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
