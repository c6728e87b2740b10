package org.iidrules.rules.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same submission gives byte-identical result JSON, however its sets are ordered; a written
 * result reads back equal; decimals are never written in exponent notation.
 */
class JsonDeterminismTest {

    /** The bundled sample, relative to the index-rules module (surefire runs in the module folder). */
    private static final Path SAMPLE = Path.of("../index-examples/src/main/resources/samples/kalbar-2022.json");

    /** The fields of the model that are sets: their order in the JSON carries no meaning. */
    private static final Set<String> SET_FIELDS = Set.of("clusters", "otherUrusan", "years", "channels", "methods", "elements");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final RuleSet Y2022 = RuleSets.builtIn().forYear(2022);
    private static final RuleSet Y2026 = RuleSets.builtIn().forYear(2026);

    private static String sampleJson;

    @BeforeAll
    static void readSample() throws IOException {
        sampleJson = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    // ---- determinism -----------------------------------------------------------------------------

    @Test
    void scoringTheSampleTwiceGivesByteIdenticalJson() {
        byte[] first = IidJson.write(Y2022.evaluate(IidJson.readSubmission(SAMPLE))).getBytes(StandardCharsets.UTF_8);
        byte[] second = IidJson.write(Y2022.evaluate(IidJson.readSubmission(SAMPLE))).getBytes(StandardCharsets.UTF_8);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void scoringTheSameSubmissionObjectTwiceGivesEqualResults() {
        Submission s = IidJson.readSubmission(sampleJson);
        Result a = Y2022.evaluate(s);
        Result b = Y2022.evaluate(s);
        assertThat(b).isEqualTo(a);
        assertThat(IidJson.write(b)).isEqualTo(IidJson.write(a));
    }

    @Test
    void setOrderAndFieldOrderInTheJsonDoNotChangeTheResult() throws IOException {
        ObjectMapper mapper = IidJson.mapper();
        JsonNode tree = mapper.readTree(sampleJson);
        JsonNode shuffled = reorder(tree);
        String shuffledJson = mapper.writeValueAsString(shuffled);

        // The reordering really changed the text: KB-01's otherUrusan has one entry, but its
        // anggaran years [2020, 2021, 2022] now read [2022, 2021, 2020].
        assertThat(shuffledJson).isNotEqualTo(mapper.writeValueAsString(tree));
        assertThat(shuffled.at("/innovations/0/indicators/anggaran/years").toString()).isEqualTo("[2022,2021,2020]");
        assertThat(shuffled.at("/innovations/0/indicators/sosialisasi/channels").toString())
                .isEqualTo("[\"INDEPENDENT_NEWS_MEDIA\",\"SOCIAL_MEDIA\"]");

        for (RuleSet rules : List.of(Y2022, Y2026)) {
            String original = IidJson.write(rules.evaluate(IidJson.readSubmission(sampleJson)));
            String reordered = IidJson.write(rules.evaluate(IidJson.readSubmission(shuffledJson)));
            assertThat(reordered.getBytes(StandardCharsets.UTF_8))
                    .as("result JSON under %s", rules.id())
                    .isEqualTo(original.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void readingASubmissionBackFromItsOwnJsonGivesAnEqualSubmission() {
        Submission s = IidJson.readSubmission(sampleJson);
        assertThat(IidJson.readSubmission(IidJson.write(s))).isEqualTo(s);
    }

    // ---- round trip ------------------------------------------------------------------------------

    @Test
    void aWrittenResultReadsBackEqual() {
        for (RuleSet rules : List.of(Y2022, Y2026)) {
            Result result = rules.evaluate(IidJson.readSubmission(sampleJson));
            String json = IidJson.write(result);
            Result back = IidJson.readResult(json);
            assertThat(back).as("round trip under %s", rules.id()).isEqualTo(result);
            assertThat(IidJson.write(back)).isEqualTo(json);
        }
    }

    @Test
    void writtenResultCarriesItsProvenance() throws IOException {
        String json = IidJson.write(Y2022.evaluate(IidJson.readSubmission(sampleJson)));
        assertThat(json).contains("\"ruleSet\"", "\"digest\"", "\"libraryVersion\"").endsWith("\n");
        JsonNode tree = IidJson.mapper().readTree(json);
        assertThat(tree.at("/ruleSet/id").asText()).isEqualTo("iid-2022");
        assertThat(tree.at("/ruleSet/year").asInt()).isEqualTo(2022);
        // RuleSet.digest(): SHA-256 as lowercase hex = 64 characters.
        assertThat(tree.at("/ruleSet/digest").asText()).matches("[0-9a-f]{64}").isEqualTo(Y2022.digest());
        assertThat(tree.at("/libraryVersion").asText()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    }

    // ---- plain decimals --------------------------------------------------------------------------

    @Test
    void theSampleResultHasNoNumberInExponentNotation() throws IOException {
        for (RuleSet rules : List.of(Y2022, Y2026)) {
            String json = IidJson.write(rules.evaluate(IidJson.readSubmission(sampleJson)));
            assertThat(numberTokens(json)).isNotEmpty().allSatisfy(n -> assertThat(n).matches(PLAIN_NUMBER));
        }
    }

    @Test
    void inputInExponentNotationIsStillWrittenPlain() throws IOException {
        // Inputs written as 1.24E+1 (= 12.4), 3.5E+2 (= 350) and 6.79E+1 (= 67.9): Jackson reads them as
        // BigDecimals whose scale is negative or whose toString() uses an exponent. None of that may
        // reach the written result as a number.
        String json = """
                {
                  "year": 2022,
                  "region": {"code": "6171", "name": "Kota Pontianak", "kind": "KOTA"},
                  "spd": {
                    "licensingGrowthPercent": {"value": 1.24E+1, "evidence": [{"kind": "DOCUMENT", "reference": "a.pdf"}]},
                    "ipm": {"value": 6.79E+1, "evidence": [{"kind": "DOCUMENT", "reference": "b.pdf"}]},
                    "investmentGrowthPercent": {"value": 1E+2, "evidence": [{"kind": "DOCUMENT", "reference": "c.pdf"}]}
                  },
                  "innovations": [{
                    "id": "T-01", "name": "Uji", "stage": "PENERAPAN", "mainUrusan": "PENDIDIKAN",
                    "applicationDate": "2021-07-01",
                    "indicators": {
                      "kemanfaatan": {"basis": "BENEFICIARIES", "value": 3.5E+2,
                                      "evidence": [{"kind": "DOCUMENT", "reference": "d.pdf"}]}
                    }
                  }]
                }
                """;
        Result result = Y2022.evaluate(IidJson.readSubmission(json));
        // Hand check that the values were understood: 1.24E+1 = 12.40 >= 8.17 -> row 3 L3, 1 x 3 = 3;
        // 6.79E+1 = 67.90 <= 69.99 -> row 11b L1, 0.75 x 1 = 0.75; 1E+2 = 100.00 >= 94.76 -> row 6 L3,
        // 1.5 x 3 = 4.5; 3.5E+2 = 350 persons >= 201 -> indicator 33 L3, 3 x 3 = 9.
        assertThat(result.spdRow("3").points()).isEqualByComparingTo("3");
        assertThat(result.spdRow("11b").points()).isEqualByComparingTo("0.75");
        assertThat(result.spdRow("6").points()).isEqualByComparingTo("4.5");
        assertThat(result.innovation("T-01").indicator("33").points()).isEqualByComparingTo("9");

        String written = IidJson.write(result);
        assertThat(numberTokens(written)).allSatisfy(n -> assertThat(n).matches(PLAIN_NUMBER));
        // And no exponent leaks into the texts a person reads (the "fact" of a row, say); the digest
        // is hex and may hold "4e9" by chance, so it is left out of this check.
        assertThat(written.replace(result.ruleSet().digest(), "")).doesNotContainPattern("\\d[eE][+-]?\\d");
        assertThat(IidJson.readResult(written)).isEqualTo(result);
    }

    @Test
    void decimalsWithTrailingZerosKeepTheirScaleThroughTheRoundTrip() {
        // SJI for the sample is 0.38 x 10 = 3.80: whatever scale the library picks, reading the
        // written JSON must give a BigDecimal equal to it by equals(), not only by compareTo().
        Result result = Y2022.evaluate(IidJson.readSubmission(sampleJson));
        Result back = IidJson.readResult(IidJson.write(result));
        assertThat(back.totals().sji()).isEqualTo(result.totals().sji()).isEqualByComparingTo(new BigDecimal("3.80"));
        assertThat(back.index()).isEqualTo(result.index());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Every number token of a JSON text, as written. */
    private static List<String> numberTokens(String json) throws IOException {
        List<String> numbers = new ArrayList<>();
        try (JsonParser p = IidJson.mapper().getFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    numbers.add(p.getText());
                }
            }
        }
        return numbers;
    }

    /** A copy with every object's fields in reverse order and every set-valued array reversed. */
    private static JsonNode reorder(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = IidJson.mapper().createObjectNode();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            for (int k = fields.size() - 1; k >= 0; k--) {
                Map.Entry<String, JsonNode> f = fields.get(k);
                JsonNode value = reorder(f.getValue());
                if (SET_FIELDS.contains(f.getKey()) && value.isArray()) {
                    value = reversed((ArrayNode) value);
                }
                copy.set(f.getKey(), value);
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = IidJson.mapper().createArrayNode();
            node.forEach(e -> copy.add(reorder(e)));
            return copy;
        }
        return node;
    }

    private static ArrayNode reversed(ArrayNode array) {
        ArrayNode copy = IidJson.mapper().createArrayNode();
        for (int k = array.size() - 1; k >= 0; k--) {
            copy.add(array.get(k));
        }
        return copy;
    }
}
