package org.iidrules.audit;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iidrules.json.IidJson;

/**
 * Every value that differs between two JSON trees, by path: objects key by key (the recorded order,
 * then keys only the new one has), arrays position by position, numbers by their written digits.
 */
final class TreeDiff {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final ObjectMapper COMPACT = IidJson.mapper()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private TreeDiff() {
    }

    static void diff(String path, JsonNode recorded, JsonNode now, List<Difference> into) {
        if (recorded.isObject() && now.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = now.get(e.getKey());
                String child = child(path, e.getKey());
                if (other == null) {
                    into.add(new Difference(child, Difference.Change.REMOVED, text(e.getValue()), null));
                } else {
                    diff(child, e.getValue(), other, into);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = now.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!recorded.has(e.getKey())) {
                    into.add(new Difference(child(path, e.getKey()), Difference.Change.ADDED, null, text(e.getValue())));
                }
            }
        } else if (recorded.isArray() && now.isArray()) {
            int both = Math.min(recorded.size(), now.size());
            for (int i = 0; i < both; i++) {
                diff(path + "[" + i + "]", recorded.get(i), now.get(i), into);
            }
            for (int i = both; i < recorded.size(); i++) {
                into.add(new Difference(path + "[" + i + "]", Difference.Change.REMOVED, text(recorded.get(i)), null));
            }
            for (int i = both; i < now.size(); i++) {
                into.add(new Difference(path + "[" + i + "]", Difference.Change.ADDED, null, text(now.get(i))));
            }
        } else if (!text(recorded).equals(text(now))) {
            into.add(new Difference(path, Difference.Change.CHANGED, text(recorded), text(now)));
        }
    }

    private static String child(String path, String key) {
        return NAME.matcher(key).matches() ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
    }

    /** A value as JSON text; a number as written (48.90 keeps its zero). */
    static String text(JsonNode node) {
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isNumber()) {
            return node.asText();
        }
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON value", e);
        }
    }
}
