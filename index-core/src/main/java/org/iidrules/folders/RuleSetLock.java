package org.iidrules.folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.iidrules.IidException;

/**
 * The lock file ({@code index-rules/rulesets.lock}): each built-in rule set as it was recorded, by id:
 * year, version, status, digest, and the SHA-256 of every file it uses, so that a check can name the
 * file that changed. YAML, written in one fixed order so that recording twice gives the same bytes.
 */
public record RuleSetLock(Map<String, Entry> ruleSets) {

    /** The command that records the built-in years, run from the repository's root. */
    public static final String RECORD_COMMAND =
            "mvn -B -q -DskipTests package && java -jar index-examples/target/iid.jar lock --write";

    public RuleSetLock {
        ruleSets = Collections.unmodifiableMap(new TreeMap<>(ruleSets));
    }

    /** One rule set as recorded; {@code files} maps each path (or register entry) to its SHA-256. */
    public record Entry(int year, String version, String status, String digest, Map<String, String> files) {
        public Entry {
            files = Collections.unmodifiableMap(new TreeMap<>(files == null ? Map.of() : files));
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * Reads a lock file; a file that is not there is an empty lock (every year is then reported as not
     * recorded).
     *
     * @throws IidException naming the file, line and column when it is not a lock file
     */
    public static RuleSetLock read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new RuleSetLock(Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            Map<String, Entry> read = YAML.readValue(bytes, new TypeReference<LinkedHashMap<String, Entry>>() { });
            return new RuleSetLock(read == null ? Map.of() : read);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr();
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            throw new IidException(file + where + ": this is not a lock file as `iid lock --write` writes it ("
                    + (newline < 0 ? message : message.substring(0, newline)) + "); record it again with `" + RECORD_COMMAND + "`");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The lock as text: a header saying what it is and how to record it, then each rule set by id. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("# The built-in rule sets as released: each year's id, version, status and digest, and the SHA-256\n");
        s.append("# of every file it uses (of a register entry, such as register.yaml#assumptions/A14, its text).\n");
        s.append("# `mvn verify` fails when a year that is not a draft no longer matches this file (RuleSetLockTest),\n");
        s.append("# so a past year cannot change silently. Do not edit it by hand; after bumping a changed year's\n");
        s.append("# version in its manifest and naming it in CHANGELOG.md (`iid-2022 1.0.1`), record it with:\n");
        s.append("#   ").append(RECORD_COMMAND).append('\n');
        ruleSets.forEach((id, e) -> {
            s.append(id).append(":\n");
            s.append("  year: ").append(e.year()).append('\n');
            s.append("  version: ").append(quoted(e.version())).append('\n');
            s.append("  status: ").append(quoted(e.status())).append('\n');
            s.append("  digest: ").append(e.digest()).append('\n');
            s.append("  files:\n");
            e.files().forEach((path, sum) -> s.append("    ").append(quoted(path)).append(": ").append(sum).append('\n'));
        });
        return s.toString();
    }

    /** Writes {@link #text()} to the file. */
    public void write(Path file) {
        try {
            Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
