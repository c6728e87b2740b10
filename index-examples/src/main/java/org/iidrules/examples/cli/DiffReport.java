package org.iidrules.examples.cli;

import java.util.List;

import org.iidrules.compare.MethodologyDiff;
import org.iidrules.compare.MethodologyDiff.Change;
import org.iidrules.compare.MethodologyDiff.Kind;
import org.iidrules.compare.MethodologyDiff.RuleRef;
import org.iidrules.compare.MethodologyDiff.Section;
import org.iidrules.result.RuleSetRef;

/** A methodology diff as text a person reads: a header, then section by section, rows and indicators one by one. */
final class DiffReport {

    private static final String[] HEADINGS = {"Formula", "Basic-service requirement", "Predicate bands", "Eligibility",
            "Catalogues", "SPD rows", "SID indicators", "Assumptions", "Sources"};

    private final MethodologyDiff diff;
    private final StringBuilder out = new StringBuilder();

    DiffReport(MethodologyDiff diff) {
        this.diff = diff;
    }

    String render() {
        line("Methodology diff " + diff.from().id() + " -> " + diff.to().id());
        side("from", diff.from());
        side("to  ", diff.to());
        long minor = diff.changes().stream().filter(c -> c.kind().minor()).count();
        if (diff.findsNoChange()) {
            line("No changes: the two rule sets prescribe the same methodology"
                    + (diff.from().digest().equals(diff.to().digest()) ? " (same digest)." : "."));
            return out.toString();
        }
        line(diff.changes().size() + (diff.changes().size() == 1 ? " change" : " changes")
                + (minor == 0 ? "" : ", " + minor + " of them minor (wording or what a value rests on)"));
        for (Section section : Section.values()) {
            List<Change> changes = diff.changes().stream().filter(c -> c.section() == section).toList();
            if (changes.isEmpty()) {
                continue;
            }
            line("");
            line(HEADINGS[section.ordinal()]);
            String heading = null;
            for (Change c : changes) {
                boolean indicator = section == Section.SPD || section == Section.SID;
                if (indicator && !c.subject().equals(heading)) {
                    heading = c.subject();
                    line("  " + heading);
                }
                change(c, indicator ? "    " : "  ");
            }
        }
        return out.toString();
    }

    private void side(String label, RuleSetRef r) {
        line("  " + label + "  " + r.id() + " " + r.version() + " (" + r.status() + "), sha256 " + r.digest());
    }

    private void change(Change c, String indent) {
        String what = c.section() == Section.SPD || c.section() == Section.SID ? "" : c.subject() + ": ";
        boolean quotesRules = !c.rulesBefore().isEmpty() || !c.rulesAfter().isEmpty();
        switch (c.kind()) {
            case ADDED -> line(indent + "added " + (quotesRules ? c.subject() : what + orNone(c.after()))
                    + rests(null, c.basisAfter()));
            case REMOVED -> line(indent + "removed " + (quotesRules ? c.subject() : what + orNone(c.before()))
                    + rests(c.basisBefore(), null));
            case RENAMED -> line(indent + "renamed: " + c.before() + " -> " + c.after());
            case WEIGHT_CHANGED -> line(indent + "weight: " + c.before() + " -> " + c.after());
            case EVIDENCE_CHANGED -> line(indent + "evidence: \"" + c.before() + "\" -> \"" + c.after() + "\"  (minor)");
            case LEVEL_CHANGED -> line(indent + levelName(c) + " changed"
                    + (c.rulesBefore().size() == c.rulesAfter().size() ? "" : ": " + orNone(c.before()) + " -> " + orNone(c.after()))
                    + (c.basisBefore().equals(c.basisAfter()) ? "" : rests(c.basisBefore(), c.basisAfter())));
            case BASIS_CHANGED -> line(indent + (c.level() != null ? levelName(c) + ": the same test, on other assumptions"
                    : what + (c.after() == null ? "the same" : c.after() + " (unchanged)")) + ", now rests on "
                    + c.basisAfter() + " (was " + c.basisBefore() + ")  (minor)");
            case CHANGED -> line(indent + (quotesRules ? c.subject() + " changed" : what + orNone(c.before()) + " -> "
                    + orNone(c.after())) + rests(c.basisBefore(), c.basisAfter()));
        }
        rules("was", c.rulesBefore(), indent);
        rules("now", c.rulesAfter(), indent);
    }

    private static String levelName(Change c) {
        return c.level() == 0 ? "level 0 (rejections)" : "level " + c.level();
    }

    /** Each rule with where it is and what it tests. */
    private void rules(String label, List<RuleRef> rules, String indent) {
        for (RuleRef r : rules) {
            line(indent + "  " + label + "  \"" + r.rule() + "\"  " + r.file() + " line " + r.line());
            line(indent + "         when " + r.condition());
        }
    }

    private static String rests(String before, String after) {
        if (before == null && after == null) {
            return "";
        }
        if (before == null || after == null || before.equals(after)) {
            return "   [rests on " + (before == null ? after : before) + "]";
        }
        return "   [rests on " + before + " -> " + after + "]";
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
