package org.iidrules.engine;

import java.util.ArrayList;
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
    record Mark(int level, RuleEntry rule) {
    }

    /** A decision with a reason: an indicator rejected, or an innovation excluded. */
    record Decision(String reason, RuleEntry rule) {
    }

    /** What the rules decided about one innovation (or the region's SPD rows), by catalogue slot. */
    static final class Marks {
        final Mark[] levels;
        final Decision[] rejected;
        final List<Decision> exclusions = new ArrayList<>(2);

        Marks(int slots) {
            levels = new Mark[slots];
            rejected = new Decision[slots];
        }
    }

    private final Rules rules;
    private final int sidSlots;
    final Map<Innovation, Marks> innovations;
    final Marks spd;

    Scoresheet(Rules rules, int spdSlots, int sidSlots, int innovationCount) {
        this.rules = rules;
        this.innovations = new IdentityHashMap<>(innovationCount);
        this.sidSlots = sidSlots;
        this.spd = new Marks(spdSlots);
    }

    /** The rule reaches its {@code @level} on its {@code @indicator} for this innovation. */
    public void award(Innovation innovation, RuleContext context) {
        RuleEntry rule = info(context);
        raise(marks(innovation).levels, rule.sidSlot, rule);
    }

    /** The rule reaches its {@code @level} on its SPD {@code @row}. */
    public void award(SpdFacts spdFacts, RuleContext context) {
        RuleEntry rule = info(context);
        raise(spd.levels, rule.spdSlot, rule);
    }

    /** The rule's {@code @indicator} scores 0 for this innovation, whatever level its facts reach. */
    public void reject(Innovation innovation, RuleContext context, String reason) {
        RuleEntry rule = info(context);
        decide(marks(innovation).rejected, rule.sidSlot, new Decision(reason, rule));
    }

    /** The rule's SPD {@code @row} scores 0, whatever level its fact reaches. */
    public void reject(SpdFacts spdFacts, RuleContext context, String reason) {
        RuleEntry rule = info(context);
        decide(spd.rejected, rule.spdSlot, new Decision(reason, rule));
    }

    /** The innovation does not count towards n, the SID sum or the basic-service requirement. */
    public void exclude(Innovation innovation, RuleContext context, String reason) {
        marks(innovation).exclusions.add(new Decision(reason, info(context)));
    }

    Marks marksOf(Innovation innovation) {
        Marks m = innovations.get(innovation);
        return m == null ? new Marks(sidSlots) : m;
    }

    private Marks marks(Innovation innovation) {
        Marks m = innovations.get(innovation);
        if (m == null) {
            m = new Marks(sidSlots);
            innovations.put(innovation, m);
        }
        return m;
    }

    /** A slot of -1 (a rule without {@code @indicator} or {@code @row}) marks nothing any result reads. */
    private static void raise(Mark[] levels, int slot, RuleEntry rule) {
        if (slot < 0) {
            return;
        }
        Mark current = levels[slot];
        if (current == null || rule.level() > current.level()) {
            levels[slot] = new Mark(rule.level(), rule);
        }
    }

    /** The first rejection of a slot stands. */
    private static void decide(Decision[] rejected, int slot, Decision decision) {
        if (slot >= 0 && rejected[slot] == null) {
            rejected[slot] = decision;
        }
    }

    private RuleEntry info(RuleContext context) {
        return rules.of(context.getRule());
    }

    /** Every rule of a rule base, found by the rule object the engine passes to a consequence. */
    static final class Rules {
        private final Map<Rule, RuleEntry> byRule;
        private final Map<String, RuleEntry> byKey;

        Rules(Map<Rule, RuleEntry> byRule, Map<String, RuleEntry> byKey) {
            this.byRule = byRule;
            this.byKey = byKey;
        }

        RuleEntry of(Rule rule) {
            RuleEntry entry = byRule.get(rule);
            if (entry == null) {
                entry = byKey.get(rule.getPackageName() + "/" + rule.getName());
            }
            if (entry == null) {
                // Every rule is read when the rule base is built; a miss means the sheet and the base disagree.
                throw new IllegalStateException("rule '" + rule.getName() + "' was not registered when the rule base was built");
            }
            return entry;
        }
    }
}
