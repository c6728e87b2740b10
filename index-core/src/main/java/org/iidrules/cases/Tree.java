package org.iidrules.cases;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML (or JSON) document read into maps, lists and scalars that remember their line and column,
 * so that every problem in a case file can name where it is. Duplicate keys are an error.
 */
final class Tree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Tree() {
    }

    /** A value in the document, with the line and column (1-based) where it starts. */
    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();

        int column();

        /** What the value is, for messages: "a map", "a list", "the text \"x\"", "nothing"... */
        String describe();
    }

    /** One key of a map, where the key is written, and its value. */
    record Entry(String key, int line, int column, Node value) {
    }

    record MapNode(List<Entry> entries, int line, int column) implements Node {
        Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "a map of fields";
        }
    }

    record ListNode(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value. {@code value} is a String, BigInteger, BigDecimal, Boolean or null; {@code text}
     * is the value as written.
     */
    record Scalar(JsonToken token, String text, Object value, int line, int column) implements Node {
        boolean isNull() {
            return value == null;
        }

        @Override
        public String describe() {
            if (value == null) {
                return "nothing";
            }
            if (value instanceof String) {
                return "the text \"" + text + "\"";
            }
            return text;
        }
    }

    /** Reads a YAML file (or JSON, when its name ends in .json). */
    static Node read(Path file) {
        JsonFactory factory = file.getFileName().toString().toLowerCase().endsWith(".json") ? new JsonFactory() : new YAMLFactory();
        try (Reader in = Files.newBufferedReader(file); JsonParser p = factory.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new CaseFileException(file, 1, 1, "", "the file is empty");
            }
            Node root = node(p, file, "");
            JsonToken extra;
            try {
                extra = p.nextToken();
            } catch (JsonProcessingException e) {
                throw malformed(file, e);
            }
            if (extra != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new CaseFileException(file, at.getLineNr(), at.getColumnNr(), "",
                        "a second document starts here; a file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw new CaseFileException(file, 0, 0, "", "cannot read the file: " + e.getMessage());
        }
    }

    private static Node node(JsonParser p, Path file, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken t = p.currentToken();
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // The YAML reader hands an alias over as the text of its name: refuse it rather than read "doc" for *doc.
            throw new CaseFileException(file, line, column, path, "a YAML alias (*" + p.getText()
                    + ") is not supported here: write the value out");
        }
        switch (t) {
            case START_OBJECT -> {
                List<Entry> entries = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation k = p.currentTokenLocation();
                    String key = p.currentName();
                    for (Entry e : entries) {
                        if (e.key().equals(key)) {
                            throw new CaseFileException(file, k.getLineNr(), k.getColumnNr(), path.isEmpty() ? key : path + "." + key,
                                    "the key \"" + key + "\" appears twice in one map (first on line " + e.line() + ")");
                        }
                    }
                    p.nextToken();
                    entries.add(new Entry(key, k.getLineNr(), k.getColumnNr(), node(p, file, path.isEmpty() ? key : path + "." + key)));
                }
                return new MapNode(List.copyOf(entries), line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p, file, path + "[" + items.size() + "]"));
                }
                return new ListNode(List.copyOf(items), line, column);
            }
            case VALUE_NUMBER_INT -> {
                BigInteger v = p.getBigIntegerValue();
                return new Scalar(t, p.getText(), v, line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                BigDecimal v = p.getDecimalValue();
                return new Scalar(t, p.getText(), v, line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Scalar(t, p.getText(), t == JsonToken.VALUE_TRUE, line, column);
            }
            case VALUE_NULL -> {
                return new Scalar(t, p.getText(), null, line, column);
            }
            case VALUE_STRING -> {
                return new Scalar(t, p.getText(), p.getText(), line, column);
            }
            default -> throw new CaseFileException(file, line, column, path, "unexpected " + t);
        }
    }

    private static CaseFileException malformed(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        return new CaseFileException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                "not well-formed " + (file.toString().endsWith(".json") ? "JSON" : "YAML") + ": " + message.trim());
    }

    /** The same document as a Jackson tree (numbers exact), to hand to the strict submission reader. */
    static JsonNode toJson(Node node) {
        if (node instanceof MapNode m) {
            ObjectNode o = NODES.objectNode();
            for (Entry e : m.entries()) {
                o.set(e.key(), toJson(e.value()));
            }
            return o;
        }
        if (node instanceof ListNode l) {
            ArrayNode a = NODES.arrayNode();
            for (Node item : l.items()) {
                a.add(toJson(item));
            }
            return a;
        }
        Scalar s = (Scalar) node;
        Object v = s.value();
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof BigInteger i) {
            return i.bitLength() < 32 ? NODES.numberNode(i.intValue()) : NODES.numberNode(i);
        }
        if (v instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode((String) v);
    }

    private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

    /**
     * The node a JSON path such as {@code $.innovations[2].indicators.sdm.staff} names, or the
     * deepest node on the way to it that exists.
     */
    static Node locate(Node root, String path) {
        Node at = root;
        if (path == null || !path.startsWith("$")) {
            return at;
        }
        Matcher m = STEP.matcher(path.substring(1));
        while (m.find()) {
            Node next = null;
            if (m.group(1) != null && at instanceof MapNode map) {
                Entry e = map.entry(m.group(1));
                next = e == null ? null : e.value();
            } else if (m.group(2) != null && at instanceof ListNode list) {
                int k = Integer.parseInt(m.group(2));
                next = k < list.items().size() ? list.items().get(k) : null;
            }
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at;
    }
}
