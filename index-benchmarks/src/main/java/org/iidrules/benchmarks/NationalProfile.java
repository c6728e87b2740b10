package org.iidrules.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.iidrules.EvaluationOptions;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.examples.synthetic.SyntheticNation;
import org.iidrules.model.Submission;

/**
 * Where a warm national run (explained) spends its time: the run repeated under Java Flight Recorder's
 * method sampling, each sample put in the first of these buckets its stack passes through. Prints a
 * tab-separated table for run.sh.
 */
public final class NationalProfile {

    private static final String VALIDATION = "input validation (SubmissionValidator)";
    private static final String EXPLANATIONS = "explanations: each fact rendered as text, finding paths and texts";
    private static final String ASSEMBLY = "result assembly: weights x levels, evidence, eligibility, formula, notes (ResultAssembler)";
    private static final String CONSEQUENCES = "rule consequences: the Scoresheet the rules write to";
    private static final String FACT_METHODS = "fact methods the rules' constraints call (model: fundedIn, methodGroups...)";
    private static final String DROOLS = "Drools: inserting, matching, agenda, firing (Phreak)";
    private static final String SESSION = "Drools: a stateless session's set-up and tear-down";
    private static final String REST = "the rest (the loop, GC safepoints, JDK outside the steps above)";
    private static final List<String> ORDER = List.of(DROOLS, FACT_METHODS, CONSEQUENCES, SESSION, ASSEMBLY, EXPLANATIONS, VALIDATION, REST);

    private NationalProfile() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        RuleSet rules = RuleSets.builtIn().forYear(2026);
        List<Submission> nation = SyntheticNation.standard().all();
        long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(5, seconds / 3)).toNanos();
        while (System.nanoTime() < deadline) { // warm up before recording
            nation.forEach(s -> rules.evaluate(s, EvaluationOptions.EXPLAINED));
        }
        Path file = Files.createTempFile("iid-national", ".jfr");
        int runs = 0;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2)).withStackTrace();
            recording.start();
            deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            while (System.nanoTime() < deadline) {
                nation.forEach(s -> rules.evaluate(s, EvaluationOptions.EXPLAINED));
                runs++;
            }
            recording.stop();
            recording.dump(file);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        ORDER.forEach(b -> counts.put(b, 0));
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
                    || !"main".equals(e.getThread("sampledThread").getJavaName())) {
                continue;
            }
            total++;
            counts.merge(bucket(e.getStackTrace().getFrames()), 1, Integer::sum);
        }
        Files.deleteIfExists(file);
        System.out.println("where the time goes\tshare of samples");
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            System.out.printf("%s\t%.0f%%%n", c.getKey(), 100.0 * c.getValue() / Math.max(1, total));
        }
        System.out.printf("# %d samples over %d national runs (explained), main thread, 2 ms period%n", total, runs);
    }

    /**
     * The innermost of our steps a sample is in, reading its stack from the outermost frame in: JDK
     * frames count towards the step that called them; a model method counts as a fact method only when
     * a rule's constraint called it (under Drools), otherwise towards the step that did.
     */
    private static String bucket(List<RecordedFrame> frames) {
        String bucket = REST;
        for (int i = frames.size() - 1; i >= 0; i--) {
            String type = frames.get(i).getMethod().getType().getName();
            String method = frames.get(i).getMethod().getName();
            if (type.startsWith("org.iidrules.validation.")) {
                bucket = VALIDATION;
            } else if (type.equals("org.iidrules.engine.FactText")
                    || type.equals("org.iidrules.engine.ResultAssembler") && (method.equals("path") || method.equals("what"))) {
                bucket = EXPLANATIONS;
            } else if (type.equals("org.iidrules.engine.ResultAssembler")) {
                bucket = ASSEMBLY;
            } else if (type.startsWith("org.iidrules.engine.Scoresheet")) {
                bucket = CONSEQUENCES;
            } else if (type.equals("org.drools.kiesession.session.StatelessKnowledgeSessionImpl")) {
                bucket = method.equals("execute") ? DROOLS : SESSION;
            } else if (type.equals("org.drools.kiesession.session.StatefulKnowledgeSessionImpl") && method.equals("dispose")) {
                bucket = SESSION;
            } else if (type.startsWith("org.iidrules.model.") && bucket.equals(DROOLS)) {
                bucket = FACT_METHODS;
            }
        }
        return bucket;
    }
}
