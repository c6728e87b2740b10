package org.iidrules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL text into a rule base and turns Drools' messages into problems that name file, line and
 * column in plain words ({@link DroolsMessages}).
 */
final class RuleBaseBuilder {

    private static final Pattern LINE_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]|Line (\\d+):(\\d+)");

    private RuleBaseBuilder() {
    }

    /**
     * Compiles the given files (path to text); problems, in plain words, are added to {@code problems}.
     * {@code parsed} is the same files read by {@link DrlFile}, to name the rule a message is about.
     */
    static KieBase build(Map<String, byte[]> drlFiles, Map<String, DrlFile> parsed, List<ValidationProblem> problems) {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // Drools only warns when a second rule of the same name replaces the first: make it an error.
        conf.setProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        // Sessions are stateless and rules never modify facts, so property reactivity buys nothing; it
        // would only warn about every rule that joins the Assessment year.
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (Map.Entry<String, byte[]> file : drlFiles.entrySet()) {
            Resource resource = ResourceFactory.newByteArrayResource(file.getValue());
            resource.setSourcePath(file.getKey());
            builder.add(resource, ResourceType.DRL);
        }
        List<KnowledgeBuilderResult> errors = new ArrayList<>(builder.getResults(ResultSeverity.ERROR));
        if (!errors.isEmpty()) {
            List<ValidationProblem> found = new ArrayList<>();
            for (KnowledgeBuilderResult result : errors) {
                ValidationProblem problem = toProblem(result, drlFiles, parsed);
                if (problem != null) {
                    found.add(problem);
                }
            }
            problems.addAll(DroolsMessages.tidy(found));
            // An error that translates to nothing still fails the build: never a rule base from broken files.
            if (found.isEmpty()) {
                problems.add(Problems.error(Kind.COMPILE, "", 0, 0, "compile.other", "", errors.get(0).getMessage()));
            }
            return null;
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return base;
    }

    private static ValidationProblem toProblem(KnowledgeBuilderResult result, Map<String, byte[]> texts, Map<String, DrlFile> parsed) {
        String message = result.getMessage() == null ? "" : result.getMessage().trim();
        String file = result.getResource() == null || result.getResource().getSourcePath() == null
                ? "" : result.getResource().getSourcePath();
        int line = 0;
        int column = 0;
        int[] lines = result.getLines();
        if (lines != null && lines.length > 0 && lines[0] > 0) {
            line = lines[0];
        }
        Matcher m = LINE_COLUMN.matcher(message);
        if (m.find()) {
            int l = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            column = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            if (line == 0) {
                line = l;
            }
        }
        if (result instanceof KnowledgeBuilderError && message.isEmpty()) {
            message = result.toString();
        }
        byte[] text = texts.get(file);
        return DroolsMessages.translate(file, line, column, message,
                text == null ? null : new String(text, java.nio.charset.StandardCharsets.UTF_8), parsed.get(file));
    }
}
