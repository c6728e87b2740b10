package org.iidrules.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;
import org.iidrules.validation.ValidationReport;

/**
 * {@code validate}: reads and compiles a rule set as the loader does, but goes on past the first problem,
 * and adds the checks a loaded rule set does not need to pass: every level of every indicator, bands
 * without gaps or overlaps, predicate bands that cover 0–100 once, and a catalogue's weights against the
 * built-in catalogue of the same id.
 */
public final class RuleSetValidator {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RuleSetValidator() {
    }

    /**
     * Validates the rule set whose manifest is at {@code manifestPath} within {@code files}; {@code builtIn}
     * holds the built-in rule sets (for their catalogues' weights), or is null.
     */
    public static ValidationReport validate(RuleFiles files, String manifestPath, String folder, RuleFiles builtIn) {
        RuleSetLoader.Reading r = RuleSetLoader.read(files, manifestPath, false, true);
        List<ValidationProblem> problems = new ArrayList<>(r.problems);
        if (r.manifest != null) {
            problems.addAll(RuleChecks.predicateBands(r.manifest, manifestPath, r.text(manifestPath)));
        }
        Map<String, Catalogue> originals = builtIn == null ? Map.of() : builtInCatalogues(builtIn);
        Map<String, Catalogue> catalogues = new LinkedHashMap<>();
        if (r.spd != null) {
            catalogues.put(r.spdPath, r.spd);
        }
        if (r.sid != null) {
            catalogues.put(r.sidPath, r.sid);
        }
        catalogues.forEach((path, catalogue) -> problems.addAll(RuleChecks.catalogue(catalogue, path, r.text(path), originals)));
        if (r.rules != null) {
            Map<String, String> texts = new HashMap<>();
            r.drl.keySet().forEach(path -> texts.put(path, r.text(path)));
            catalogues.forEach((path, catalogue) -> {
                problems.addAll(RuleChecks.missingLevels(r.rules.values(), catalogue, path, r.text(path)));
                problems.addAll(LevelBands.check(r.rules.values(), catalogue, path, texts));
            });
        } else if (r.manifest != null) {
            problems.add(Problems.note(Kind.BANDS_NOT_CHECKED, manifestPath, 0, 0, "bands.notCompiled"));
        }
        return new ValidationReport(folder, problems, r.ruleSet, List.of());
    }

    /** Every catalogue the built-in years use, by id; empty when there are none on the classpath. */
    private static Map<String, Catalogue> builtInCatalogues(RuleFiles builtIn) {
        Map<String, Catalogue> byId = new HashMap<>();
        try {
            byte[] index = builtIn.read("rulesets.yaml");
            if (index == null) {
                return byId;
            }
            Map<?, ?> years = (Map<?, ?>) YAML.readValue(index, Map.class).get("years");
            for (Object manifestPath : years.values()) {
                String path = String.valueOf(manifestPath);
                Manifest manifest = YAML.readValue(builtIn.read(path), Manifest.class);
                for (Manifest.CatalogueRef ref : List.of(manifest.catalogues().spd(), manifest.catalogues().sid())) {
                    String cataloguePath = RuleFiles.resolve(RuleFiles.parent(path), ref.file());
                    Catalogue c = YAML.readValue(builtIn.read(cataloguePath), Catalogue.class);
                    byId.putIfAbsent(c.id(), c);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The built-in rules are the project's own and were read at build time; if they cannot be read
            // here there is nothing to compare with, which is no problem of the folder being validated.
            return Map.of();
        }
        return byId;
    }
}
