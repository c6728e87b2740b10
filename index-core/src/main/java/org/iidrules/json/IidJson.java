package org.iidrules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.iidrules.InputProblem;
import org.iidrules.InvalidSubmissionException;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;

/**
 * JSON in and out. Reading is strict: an unknown field, a number where a word belongs, a fraction
 * where a whole number belongs, or text after the document is an error naming the JSON path, the
 * line and column, the value and what was expected. Writing is deterministic: the same result gives
 * byte-identical JSON.
 */
public final class IidJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Read sets in document order, so a problem inside one can name its index in the JSON.
            .addModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    static {
        // A number where a text belongs ("code": 61) is an error too: Jackson would quietly turn it into "61".
        MAPPER.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private IidJson() {
    }

    /** The configured mapper, for callers that need more than this class offers. A copy: changing it changes nothing here. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static Submission readSubmission(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            return readSubmission(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Submission readSubmission(String json) {
        return readSubmission(new StringReader(json));
    }

    public static Submission readSubmission(InputStream json) {
        try {
            return read(MAPPER.readerFor(Submission.class).readValue(json));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    public static Submission readSubmission(Reader json) {
        try {
            return read(MAPPER.readerFor(Submission.class).readValue(json));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private static Submission read(Object value) {
        if (value == null) {
            throw new InvalidSubmissionException(List.of(new InputProblem("$", "null", "a submission object")));
        }
        return (Submission) value;
    }

    public static Result readResult(String json) {
        try {
            return MAPPER.readValue(json, Result.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a result: " + e.getOriginalMessage(), e);
        }
    }

    /** Pretty-printed JSON with a trailing newline; byte-identical for equal values. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Turns Jackson's exception into one problem with path, location, value and expectation. */
    static RuntimeException translate(IOException e) {
        if (!(e instanceof JsonProcessingException jpe)) {
            return new UncheckedIOException(e);
        }
        JsonLocation at = jpe.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String path = "$";
        if (jpe instanceof JsonMappingException jme) {
            path = path(jme.getPath());
        }
        InputProblem problem;
        JsonParseException parseError = parseErrorIn(jpe);
        if (parseError != null) {
            // Jackson wraps a syntax error met inside a nested object in a mapping exception.
            JsonLocation where = parseError.getLocation() == null ? at : parseError.getLocation();
            problem = new InputProblem(path, "malformed JSON: " + plain(parseError.getOriginalMessage()), "well-formed JSON",
                    where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr());
        } else if (jpe instanceof UnrecognizedPropertyException u) {
            // The path names the object that has the unknown field; the value names the field.
            path = path(u.getPath().subList(0, Math.max(0, u.getPath().size() - 1)));
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            problem = new InputProblem(path, "unknown field \"" + u.getPropertyName() + "\"", "one of the fields " + known, line, column);
        } else if (jpe instanceof InvalidFormatException f) {
            problem = new InputProblem(path, String.valueOf(f.getValue()) == null ? "null" : show(f.getValue()), expected(f.getTargetType()), line, column);
        } else if (jpe instanceof ValueInstantiationException v) {
            String cause = v.getCause() == null ? v.getOriginalMessage() : v.getCause().toString();
            problem = new InputProblem(path, cause.contains("NullPointerException") ? "a null inside a list" : cause,
                    "values without nulls inside lists", line, column);
        } else if (jpe instanceof MismatchedInputException m) {
            problem = new InputProblem(path, firstLine(m.getOriginalMessage()), expected(m.getTargetType()), line, column);
        } else {
            problem = new InputProblem(path, firstLine(jpe.getOriginalMessage()), "a valid submission", line, column);
        }
        return new InvalidSubmissionException(problem, e);
    }

    private static JsonParseException parseErrorIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException p) {
                return p;
            }
        }
        return null;
    }

    /** Jackson's message without the "[Source: ...; line: 3, column: 13]" parts: the problem carries the location. */
    private static String plain(String message) {
        return firstLine(message).replaceAll("\\s*\\(start marker at \\[Source: [^]]*\\]\\)", "")
                .replaceAll("\\s*\\[Source: [^]]*\\]", "").trim();
    }

    private static String show(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object {...} of type " + type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                s.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }
}
