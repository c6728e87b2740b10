package org.iidrules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.iidrules.model.Innovation;
import org.iidrules.model.SpdFacts;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global every rule file writes to ({@code global org.iidrules.engine.Scoresheet sheet;}).
 * A consequence says what its rule decided; the level, indicator and provenance come from the
 * rule's own metadata, so a rule body stays one line and a level is written in one place.
 *
 * <p>Levels are "at least" levels: for each indicator the highest level any rule reaches wins. So a
 * level rule states only its own threshold ("31 staff or more"), each threshold is written once, and
 * a value on a boundary printed in two bands takes the higher level (A14).
 *
 * <p>One sheet per evaluation; not thread-safe, and need not be.
 */
public final class Scoresheet {

    /** A level reached, and the rule that reached it. */
    record Mark(int level, RuleInfo rule) {
    }

    /** A decision with a reason: an indicator rejected, or an innovation excluded. */
    record Decision(String reason, RuleInfo rule) {
    }

    /** What the rules decided about one innovation. */
    static final class Marks {
        final Map<String, Mark> levels = new HashMap<>();
        final Map<String, Decision> rejected = new HashMap<>();
        final List<Decision> exclusions = new ArrayList<>();
    }

    private final Map<String, RuleInfo> rules;
    final Map<Innovation, Marks> innovations = new IdentityHashMap<>();
    final Marks spd = new Marks();

    Scoresheet(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    /** The rule reaches its {@code @level} on its {@code @indicator} for this innovation. */
    public void award(Innovation innovation, RuleContext context) {
        RuleInfo rule = info(context);
        raise(marks(innovation).levels, rule.indicator(), rule);
    }

    /** The rule reaches its {@code @level} on its SPD {@code @row}. */
    public void award(SpdFacts spdFacts, RuleContext context) {
        RuleInfo rule = info(context);
        raise(spd.levels, rule.row(), rule);
    }

    /** The rule's {@code @indicator} scores 0 for this innovation, whatever level its facts reach. */
    public void reject(Innovation innovation, RuleContext context, String reason) {
        RuleInfo rule = info(context);
        marks(innovation).rejected.putIfAbsent(rule.indicator(), new Decision(reason, rule));
    }

    /** The rule's SPD {@code @row} scores 0, whatever level its fact reaches. */
    public void reject(SpdFacts spdFacts, RuleContext context, String reason) {
        RuleInfo rule = info(context);
        spd.rejected.putIfAbsent(rule.row(), new Decision(reason, rule));
    }

    /** The innovation does not count towards n, the SID sum or the basic-service requirement. */
    public void exclude(Innovation innovation, RuleContext context, String reason) {
        marks(innovation).exclusions.add(new Decision(reason, info(context)));
    }

    Marks marksOf(Innovation innovation) {
        Marks m = innovations.get(innovation);
        return m == null ? new Marks() : m;
    }

    private Marks marks(Innovation innovation) {
        return innovations.computeIfAbsent(innovation, i -> new Marks());
    }

    private static void raise(Map<String, Mark> levels, String key, RuleInfo rule) {
        Mark current = levels.get(key);
        if (current == null || rule.level() > current.level()) {
            levels.put(key, new Mark(rule.level(), rule));
        }
    }

    private RuleInfo info(RuleContext context) {
        Rule rule = context.getRule();
        RuleInfo info = rules.get(rule.getPackageName() + "/" + rule.getName());
        if (info == null) {
            // Every rule is read when the rule base is built; a miss means the sheet and the base disagree.
            throw new IllegalStateException("rule '" + rule.getName() + "' was not registered when the rule base was built");
        }
        return info;
    }
}
