package org.iidrules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.iidrules.RuleSet;
import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.catalogue.LevelRule;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;
import org.iidrules.validation.SubmissionValidator;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/** A year's rule set, compiled once and shared; each evaluation gets its own stateless session. */
final class CompiledRuleSet implements RuleSet {

    final Manifest manifest;
    final Catalogue spd;
    final Catalogue sid;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    /** The assumptions the year uses, id to text, from the register. */
    final Map<String, String> assumptions;
    private final String digest;
    private final boolean precompiled;
    private final List<IndicatorDefinition> catalogue;

    CompiledRuleSet(Manifest manifest, Catalogue spd, Catalogue sid, KieBase kieBase, Map<String, RuleInfo> rules,
                    Map<String, String> assumptions, String digest, boolean precompiled) {
        this.manifest = manifest;
        this.spd = spd;
        this.sid = sid;
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.assumptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assumptions));
        this.digest = digest;
        this.precompiled = precompiled;
        this.catalogue = describe();
    }

    @Override
    public String id() {
        return manifest.id();
    }

    @Override
    public int year() {
        return manifest.year();
    }

    @Override
    public String version() {
        return manifest.version();
    }

    @Override
    public String status() {
        return manifest.status();
    }

    @Override
    public String digest() {
        return digest;
    }

    @Override
    public List<IndicatorDefinition> catalogue() {
        return catalogue;
    }

    private List<IndicatorDefinition> describe() {
        List<RuleInfo> ordered = rules.values().stream().sorted(Comparator.comparingInt(RuleInfo::order)).toList();
        List<IndicatorDefinition> entries = new ArrayList<>();
        for (Catalogue.Indicator row : spd.indicators()) {
            entries.add(definition(IndicatorDefinition.Aspect.SPD, spd, row,
                    ordered.stream().filter(r -> row.no().equals(r.row())).toList()));
        }
        for (Catalogue.Indicator indicator : sid.indicators()) {
            entries.add(definition(IndicatorDefinition.Aspect.SID, sid, indicator,
                    ordered.stream().filter(r -> indicator.no().equals(r.indicator())).toList()));
        }
        return List.copyOf(entries);
    }

    private static IndicatorDefinition definition(IndicatorDefinition.Aspect aspect, Catalogue catalogue,
                                                  Catalogue.Indicator i, List<RuleInfo> rules) {
        return new IndicatorDefinition(aspect, catalogue.id(), i.no(), i.key(), i.name(), i.weight(), i.evidence(),
                rules.stream().map(r -> new LevelRule(r.level(), r.name(), r.file(), r.source(), r.assumptions())).toList());
    }

    @Override
    public Result evaluate(Submission submission) {
        SubmissionValidator.check(submission);
        Scoresheet sheet = new Scoresheet(rules);
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("sheet", sheet);
        List<Object> facts = new ArrayList<>(submission.innovations().size() + 2);
        facts.add(new Assessment(manifest.year()));
        facts.add(submission.spd());
        facts.addAll(submission.innovations());
        session.execute(facts);
        return new ResultAssembler(this, submission, sheet).assemble();
    }

    @Override
    public String toString() {
        return id() + " " + version() + " (" + status() + ", sha256:" + digest.substring(0, 12)
                + (precompiled ? ", compiled at build time" : ", compiled at run time") + ")";
    }
}
