package org.iidrules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iidrules.RuleSet;
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
    private final String digest;
    private final boolean precompiled;

    CompiledRuleSet(Manifest manifest, Catalogue spd, Catalogue sid, KieBase kieBase, Map<String, RuleInfo> rules,
                    String digest, boolean precompiled) {
        this.manifest = manifest;
        this.spd = spd;
        this.sid = sid;
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.digest = digest;
        this.precompiled = precompiled;
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
