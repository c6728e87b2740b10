package org.iidrules.engine;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;

/** A YAML file the loader cannot read (manifest, catalogue, register), in plain words with line and column. */
final class YamlMessages {
    private YamlMessages() {
    }

    /** The problem, at the line and column Jackson gives (or, for an unknown field, where the field is written). */
    static ValidationProblem problem(String path, JsonProcessingException e, String text) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String original = e.getOriginalMessage();
        int newline = original.indexOf('\n');
        String first = newline < 0 ? original : original.substring(0, newline);
        if (e instanceof UnrecognizedPropertyException u) {
            // Jackson points after the field (often the end of the file): point at the field itself, the last
            // place it is written at or before Jackson's line.
            int[] at2 = where(text, u.getPropertyName(), line);
            if (at2 != null) {
                line = at2[0];
                column = at2[1];
            }
            String known = u.getKnownPropertyIds() == null ? ""
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return Problems.error(Kind.YAML, path, line, column, "yaml.unknownField", u.getPropertyName(), fieldPath(u), known);
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            String kind = target == null ? "other"
                    : target == Integer.class || target == int.class || target == Long.class || target == long.class ? "whole"
                    : Number.class.isAssignableFrom(target) ? "number"
                    : target == Boolean.class || target == boolean.class ? "boolean"
                    : "other";
            return Problems.error(Kind.YAML, path, line, column, "yaml.wrongValue." + kind, fieldPath(f), String.valueOf(f.getValue()));
        }
        if (e instanceof MismatchedInputException m) {
            return Problems.error(Kind.YAML, path, line, column, "yaml.wrongShape", fieldPath(m), first);
        }
        if (e instanceof JsonMappingException m) {
            return Problems.error(Kind.YAML, path, line, column, "yaml.wrongShape", fieldPath(m), first);
        }
        return Problems.error(Kind.YAML, path, line, column, "yaml.syntax", first);
    }

    /** Line and column of {@code name:} as a key, the last one at or before {@code line} (any, when line is 0), or null. */
    private static int[] where(String text, String name, int line) {
        if (text == null || name == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(name) + "\\s*:").matcher(text);
        int[] found = null;
        while (m.find()) {
            int l = TextLines.lineOf(text, m.start());
            if (found == null || line == 0 || l <= line) {
                found = new int[] {l, TextLines.columnOf(text, m.start())};
            }
            if (line > 0 && l > line) {
                break;
            }
        }
        return found;
    }

    /** predicate.bands[2].from */
    private static String fieldPath(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.length() == 0 ? "(top)" : s.toString();
    }
}
