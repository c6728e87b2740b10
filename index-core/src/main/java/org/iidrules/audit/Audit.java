package org.iidrules.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iidrules.IidException;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.engine.LibraryVersion;
import org.iidrules.engine.UsedFiles;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.iidrules.result.RuleSetRef;

/**
 * An audit of a recorded result: the submission is scored again under the rule set of the result's
 * year, and the new result, written as {@link IidJson#write} writes every result, is compared with the
 * recorded one byte for byte. The bytes are the contract; when they differ, a comparison of the two
 * JSON trees lists every value that differs by its path, and the rule set and library that produced
 * each are compared on their own, so an auditor reads why.
 *
 * <pre>{@code
 * Audit audit = Audit.of(Path.of("result.json"), IidJson.readSubmission(path), RuleSets.builtIn());
 * audit.reproduced();   // true: byte for byte
 * audit.describe();     // the sentences, or every difference
 * }</pre>
 *
 * @param outcome      reproduced byte for byte, the same values in other bytes, or different values
 * @param recorded     size and SHA-256 of the recorded result's bytes
 * @param rescored     size and SHA-256 of the new result's bytes
 * @param rescoredWith the rule set that scored it again
 * @param libraryVersion the library that scored it again
 * @param provenance   how the rule set and library recorded differ from those that scored it again
 * @param differences  every value that differs, in document order
 */
public record Audit(Outcome outcome, Bytes recorded, Bytes rescored, RuleSetRef rescoredWith, String libraryVersion,
                    List<ProvenanceChange> provenance, List<Difference> differences) {

    public Audit {
        provenance = List.copyOf(provenance);
        differences = List.copyOf(differences);
    }

    public enum Outcome {
        /** The new result's bytes are the recorded bytes. */
        REPRODUCED,
        /** Every value agrees, the bytes do not: the file was re-formatted after it was written. */
        SAME_VALUES_OTHER_BYTES,
        /** Some value differs. */
        DIFFERS
    }

    /** A byte string's size and SHA-256 (lowercase hex). */
    public record Bytes(long size, String sha256) {
        static Bytes of(byte[] bytes) {
            return new Bytes(bytes.length, UsedFiles.sha256(bytes));
        }
    }

    /** True when the new result is the recorded one byte for byte. */
    public boolean reproduced() {
        return outcome == Outcome.REPRODUCED;
    }

    /**
     * Audits the result recorded in a file.
     *
     * @throws AuditException naming the file when it cannot be read, is not JSON or is not a result
     */
    public static Audit of(Path recordedResult, Submission submission, RuleSets registry) {
        return of(recordedResult.toString(), bytesOf(recordedResult), submission, registry::forYear);
    }

    /**
     * Audits the result recorded in a file under the given rule set (typically {@linkplain
     * RuleSets#fromFolder a rule folder on disk}), which must be for the result's year.
     *
     * @throws AuditException naming the file when it cannot be read, is not JSON, is not a result, or
     *         was scored for another year than the rule set's
     */
    public static Audit of(Path recordedResult, Submission submission, RuleSet ruleSet) {
        return of(recordedResult.toString(), bytesOf(recordedResult), submission, year -> {
            if (year != ruleSet.year()) {
                throw new AuditException(recordedResult + " was scored for " + year + ", but the rule set given, " + ruleSet.id()
                        + ", is for " + ruleSet.year() + ": audit it under a rule set for " + year);
            }
            return ruleSet;
        });
    }

    private static byte[] bytesOf(Path recordedResult) {
        try {
            return Files.readAllBytes(recordedResult);
        } catch (NoSuchFileException e) {
            throw new AuditException(recordedResult + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + recordedResult, e);
        }
    }

    /**
     * Audits a recorded result given as text (its bytes are taken as UTF-8, as results are written).
     *
     * @throws AuditException when the text is not JSON or is not a result
     */
    public static Audit of(String recordedResultJson, Submission submission, RuleSets registry) {
        return of("the recorded result", recordedResultJson.getBytes(StandardCharsets.UTF_8), submission, registry::forYear);
    }

    private static final List<String> PROVENANCE = List.of("/libraryVersion", "/ruleSet/id", "/ruleSet/year",
            "/ruleSet/version", "/ruleSet/status", "/ruleSet/digest");
    private static final List<String> FIGURES = List.of("/assessmentYear", "/region", "/index", "/predicate", "/totals");

    private static Audit of(String name, byte[] bytes, Submission submission, IntFunction<RuleSet> ruleSetForYear) {
        JsonNode recorded = tree(name, bytes);
        List<String> missing = new ArrayList<>();
        for (String pointer : concat(PROVENANCE, FIGURES)) {
            JsonNode node = recorded.at(pointer);
            if (node.isMissingNode() || node.isNull() || node.isContainerNode() != (pointer.equals("/region") || pointer.equals("/totals"))) {
                missing.add("$" + pointer.replace('/', '.'));
            }
        }
        if (!missing.isEmpty()) {
            throw new AuditException(name + " is not a result of IID Rules: it has no " + String.join(", ", missing)
                    + " (every result records the library version, the rule set's id, year, version, status and digest,"
                    + " the assessment year, region, index, predicate and totals)");
        }
        if (!recorded.at("/ruleSet/year").canConvertToInt() || !recorded.at("/ruleSet/year").isIntegralNumber()) {
            throw new AuditException(name + ": $.ruleSet.year is " + recorded.at("/ruleSet/year") + ", but a year is a whole number such as 2026");
        }
        RuleSet rules = ruleSetForYear.apply(recorded.at("/ruleSet/year").intValue());
        byte[] now = IidJson.write(rules.evaluate(submission)).getBytes(StandardCharsets.UTF_8);
        RuleSetRef with = new RuleSetRef(rules.id(), rules.year(), rules.version(), rules.status(), rules.digest());

        List<ProvenanceChange> provenance = new ArrayList<>();
        compare(ProvenanceChange.Field.RULE_SET_ID, recorded.at("/ruleSet/id").asText(), rules.id(), provenance);
        compare(ProvenanceChange.Field.RULE_SET_VERSION, recorded.at("/ruleSet/version").asText(), rules.version(), provenance);
        compare(ProvenanceChange.Field.RULE_SET_STATUS, recorded.at("/ruleSet/status").asText(), rules.status(), provenance);
        compare(ProvenanceChange.Field.RULE_SET_DIGEST, recorded.at("/ruleSet/digest").asText(), rules.digest(), provenance);
        compare(ProvenanceChange.Field.LIBRARY_VERSION, recorded.at("/libraryVersion").asText(), LibraryVersion.get(), provenance);

        if (Arrays.equals(bytes, now)) {
            return new Audit(Outcome.REPRODUCED, Bytes.of(bytes), Bytes.of(now), with, LibraryVersion.get(), provenance, List.of());
        }
        List<Difference> differences = new ArrayList<>();
        TreeDiff.diff("$", recorded, tree("the new result", now), differences);
        Outcome outcome = differences.isEmpty() ? Outcome.SAME_VALUES_OTHER_BYTES : Outcome.DIFFERS;
        return new Audit(outcome, Bytes.of(bytes), Bytes.of(now), with, LibraryVersion.get(), provenance, differences);
    }

    private static void compare(ProvenanceChange.Field field, String recorded, String now, List<ProvenanceChange> into) {
        if (!recorded.equals(now)) {
            into.add(new ProvenanceChange(field, recorded, now));
        }
    }

    /** Numbers as written: a tree keeps 48.90's zero (Jackson strips trailing zeros by default). */
    private static final ObjectMapper JSON = IidJson.mapper()
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** The bytes as a JSON tree, read strictly: UTF-8, one document, no duplicate keys. */
    private static JsonNode tree(String name, byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AuditException(name + " is not UTF-8 text, as every result is written: it is not a result of IID Rules");
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new AuditException(name + " is empty: expected a result as `iid score --json` writes it");
            }
            if (!node.isObject()) {
                throw new AuditException(name + " is JSON but not a result: expected an object ({...}) as `iid score --json` writes it, found "
                        + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            throw new AuditException(name + (at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not JSON (" + (newline < 0 ? message : message.substring(0, newline)) + "): expected a result as `iid score --json` writes it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The audit as plain sentences: the outcome, then how the rules and library differ, then every difference. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        switch (outcome) {
            case REPRODUCED -> s.append("Reproduced byte for byte: ").append(rescored.size()).append(" bytes, SHA-256 ")
                    .append(rescored.sha256()).append(", scored again under ").append(rescoredWith.id()).append(' ')
                    .append(rescoredWith.version()).append(" with library ").append(libraryVersion).append(".\n");
            case SAME_VALUES_OTHER_BYTES -> s.append("Not reproduced byte for byte, but every value agrees: the recorded file (")
                    .append(recorded.size()).append(" bytes, SHA-256 ").append(recorded.sha256())
                    .append(") was re-formatted after it was written (").append(layoutHint()).append("); the new result has ")
                    .append(rescored.size()).append(" bytes, SHA-256 ").append(rescored.sha256()).append(".\n");
            case DIFFERS -> s.append("Not reproduced: ").append(differences.size())
                    .append(differences.size() == 1 ? " value differs" : " values differ").append(" from the recorded result, scored again under ")
                    .append(rescoredWith.id()).append(' ').append(rescoredWith.version()).append(" with library ")
                    .append(libraryVersion).append(".\n");
        }
        for (ProvenanceChange p : provenance) {
            s.append("  ").append(capitalised(p.describe())).append(".\n");
        }
        if (outcome == Outcome.DIFFERS && provenance.isEmpty()) {
            s.append("  The rule set (digest ").append(rescoredWith.digest()).append(") and the library are the ones recorded, so the"
                    + " differences come from the submission (not the one that was scored) or from an edit of the result file.\n");
        }
        for (Difference d : differences) {
            s.append("  ").append(d.describe()).append('\n');
        }
        return s.toString();
    }

    private static String layoutHint() {
        return "white space, line endings or the order of keys; results are written indented, with LF line ends";
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
