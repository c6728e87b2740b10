package org.iidrules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.iidrules.json.IidJson;
import org.junit.jupiter.api.Test;

/** The tree comparison behind an audit: paths, the three kinds of change, numbers as written. */
class TreeDiffTest {

    private static final ObjectMapper JSON = IidJson.mapper().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @Test
    void numbersAreComparedAsWritten() throws Exception {
        assertThat(diff("{\"index\": 48.90}", "{\"index\": 48.9}"))
                .containsExactly(new Difference("$.index", Difference.Change.CHANGED, "48.90", "48.9"));
        assertThat(diff("{\"index\": 48.90}", "{\"index\": 48.90}")).isEmpty();
        // A number and the same digits as text are not the same value.
        assertThat(diff("{\"n\": 7}", "{\"n\": \"7\"}")).containsExactly(new Difference("$.n", Difference.Change.CHANGED, "7", "\"7\""));
    }

    @Test
    void keysAndPositionsOnlyOneSideHasAreRemovedOrAdded() throws Exception {
        List<Difference> d = diff("{\"a\": [1, 2, 3], \"b\": true}", "{\"a\": [1, 5], \"c\": {\"x\": null}, \"odd key\": 1}");
        assertThat(d).containsExactly(
                new Difference("$.a[1]", Difference.Change.CHANGED, "2", "5"),
                new Difference("$.a[2]", Difference.Change.REMOVED, "3", null),
                new Difference("$.b", Difference.Change.REMOVED, "true", null),
                new Difference("$.c", Difference.Change.ADDED, null, "{\"x\":null}"),
                new Difference("$['odd key']", Difference.Change.ADDED, null, "1"));
        assertThat(d.get(1).describe()).isEqualTo("removed $.a[2]: recorded 3");
        assertThat(d.get(0).describe()).isEqualTo("changed $.a[1]: recorded 2, now 5");
    }

    private static List<Difference> diff(String recorded, String now) throws Exception {
        JsonNode a = JSON.readTree(recorded);
        JsonNode b = JSON.readTree(now);
        List<Difference> into = new ArrayList<>();
        TreeDiff.diff("$", a, b, into);
        return into;
    }
}
