package org.iidrules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.iidrules.EvaluationOptions;
import org.iidrules.RuleSet;
import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.catalogue.LevelRule;
import org.iidrules.catalogue.Methodology;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;
import org.iidrules.validation.SubmissionValidator;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
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
    private final Methodology methodology;
    private final Scoresheet.Rules entries;
    /** What every evaluation of this rule set reads from the manifest, worked out once. */
    final ResultAssembler.Constants constants;

    CompiledRuleSet(Manifest manifest, Catalogue spd, Catalogue sid, KieBase kieBase, Map<String, RuleInfo> rules,
                    Map<String, String> sources, Map<String, String> assumptions, String digest, boolean precompiled) {
        this.manifest = manifest;
        this.spd = spd;
        this.sid = sid;
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.assumptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assumptions));
        this.digest = digest;
        this.precompiled = precompiled;
        this.catalogue = describe();
        this.methodology = methodology(manifest, spd, sid, this.rules, sources, this.assumptions);
        this.entries = entries(kieBase, this.rules, manifest, spd, sid);
        this.constants = new ResultAssembler.Constants(manifest, spd, sid, this.assumptions);
    }

    /** Each rule's entry, by the rule object the engine hands to a consequence and by package/name. */
    private static Scoresheet.Rules entries(KieBase kieBase, Map<String, RuleInfo> rules, Manifest manifest,
                                            Catalogue spd, Catalogue sid) {
        Map<String, Integer> sidSlots = slots(sid);
        Map<String, Integer> spdSlots = slots(spd);
        List<String> sidAssumptions = ResultAssembler.catalogueAssumptions(manifest.catalogues().sid());
        List<String> spdAssumptions = ResultAssembler.catalogueAssumptions(manifest.catalogues().spd());
        Map<String, RuleEntry> byKey = new HashMap<>();
        for (RuleInfo info : rules.values()) {
            int sidSlot = info.indicator() == null ? -1 : sidSlots.getOrDefault(info.indicator(), -1);
            int spdSlot = info.row() == null ? -1 : spdSlots.getOrDefault(info.row(), -1);
            // A rule of an SPD row cites the SPD catalogue's assumptions, of a SID indicator the SID
            // catalogue's; an eligibility rule belongs to no catalogue and cites only its own.
            List<String> assumptions = info.row() != null ? spdAssumptions
                    : info.indicator() != null ? sidAssumptions : List.of();
            byKey.put(info.key(), new RuleEntry(info, sidSlot, spdSlot, assumptions));
        }
        Map<Rule, RuleEntry> byRule = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleEntry entry = byKey.get(pkg.getName() + "/" + rule.getName());
                if (entry != null) {
                    byRule.put(rule, entry);
                }
            }
        }
        return new Scoresheet.Rules(byRule, Map.copyOf(byKey));
    }

    private static Map<String, Integer> slots(Catalogue catalogue) {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < catalogue.indicators().size(); i++) {
            slots.put(catalogue.indicators().get(i).no(), i);
        }
        return slots;
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

    @Override
    public Methodology methodology() {
        return methodology;
    }

    private static Methodology methodology(Manifest m, Catalogue spd, Catalogue sid, Map<String, RuleInfo> rules,
                                           Map<String, String> sources, Map<String, String> assumptions) {
        List<LevelRule> eligibility = rules.values().stream()
                .filter(r -> r.indicator() == null && r.row() == null)
                .sorted(Comparator.comparingInt(RuleInfo::order))
                .map(CompiledRuleSet::levelRule)
                .toList();
        Manifest.Predicate p = m.predicate();
        List<Methodology.Band> bands = p.bands().stream()
                .sorted(Comparator.comparing(Manifest.Band::from))
                .map(b -> new Methodology.Band(b.name(), b.from()))
                .toList();
        return new Methodology(
                parameter(m.formula().minimumDivisor()),
                parameter(m.formula().sjiPerInnovation()),
                parameter(m.formula().sjiInnovationCap()),
                parameter(m.requirement().basicServicesNeeded()),
                parameter(m.requirement().whenUnmet()),
                parameter(m.eligibility().mandatoryIndicators()),
                parameter(m.eligibility().mandatorySpdRows()),
                new Methodology.Parameter<>(bands, p.source(), LoaderSupport.split(p.assumption())),
                eligibility, sources, assumptions,
                catalogueUse(spd, m.catalogues().spd()), catalogueUse(sid, m.catalogues().sid()));
    }

    private static Methodology.CatalogueUse catalogueUse(Catalogue catalogue, Manifest.CatalogueRef ref) {
        return new Methodology.CatalogueUse(catalogue.id(), catalogue.title(), catalogue.confidence(), catalogue.source(),
                ResultAssembler.catalogueAssumptions(ref));
    }

    private static <T> Methodology.Parameter<T> parameter(Manifest.Param<T> p) {
        return p == null ? null : new Methodology.Parameter<>(p.value(), p.source(), LoaderSupport.split(p.assumption()));
    }

    private static LevelRule levelRule(RuleInfo r) {
        return new LevelRule(r.level(), r.name(), r.file(), r.line(), r.source(), r.assumptions(), r.condition());
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
                rules.stream().map(CompiledRuleSet::levelRule).toList());
    }

    @Override
    public Result evaluate(Submission submission, EvaluationOptions options) {
        SubmissionValidator.check(submission);
        Scoresheet sheet = new Scoresheet(entries, spd.indicators().size(), sid.indicators().size(),
                submission.innovations().size());
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("sheet", sheet);
        List<Object> facts = new ArrayList<>(submission.innovations().size() + 2);
        facts.add(new Assessment(manifest.year()));
        facts.add(submission.spd());
        facts.addAll(submission.innovations());
        session.execute(facts);
        return new ResultAssembler(this, submission, sheet, options == null || options.explain()).assemble();
    }

    @Override
    public String toString() {
        return id() + " " + version() + " (" + status() + ", sha256:" + digest.substring(0, 12)
                + (precompiled ? ", compiled at build time" : ", compiled at run time") + ")";
    }
}
