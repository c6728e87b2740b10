package org.iidrules.rules.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.iidrules.InputProblem;
import org.iidrules.InvalidSubmissionException;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.UnknownYearException;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;

/**
 * Bad input is refused with one problem per fault, each naming the JSON path, the value found and
 * what was expected; valid but unscorable input is not an error.
 *
 * <p>JSON-level faults (syntax, unknown fields, types) surface in {@link IidJson#readSubmission};
 * model-level faults (counts, ratios, dates, ids) surface when a rule set evaluates the submission.
 */
class BadInputTest {

    private static final RuleSet Y2022 = RuleSets.builtIn().forYear(2022);

    // ---- helpers -------------------------------------------------------------------------------

    /** A valid 2022 submission around one innovation; {@code innovation} is the innovation's JSON object. */
    private static String submission(String innovation) {
        return """
                {
                  "year": 2022,
                  "region": {"code": "6171", "name": "Kota Pontianak", "kind": "KOTA"},
                  "innovations": [
                %s
                  ]
                }
                """.formatted(innovation);
    }

    /** An innovation applied inside the 2022 window (2020..2021) with the given indicators object body. */
    private static String innovation(String id, String extraFields, String indicators) {
        return """
                    {
                      "id": "%s",
                      "name": "Inovasi %s",
                      "stage": "PENERAPAN",
                      "mainUrusan": "PENDIDIKAN",
                      "applicationDate": "2021-07-01",
                      %s
                      "indicators": {%s}
                    }""".formatted(id, id, extraFields.isEmpty() ? "" : extraFields + ",", indicators);
    }

    private static final String EV = "\"evidence\": [{\"kind\": \"DOCUMENT\", \"reference\": \"x.pdf\"}]";

    private static InputProblem onlyProblem(InvalidSubmissionException e) {
        assertThat(e.problems()).as("problems of: %s", e.getMessage()).hasSize(1);
        return e.problems().get(0);
    }

    /** Reads then scores under 2022: the full path a user's JSON takes. */
    private static Result readAndScore(String json) {
        return Y2022.evaluate(IidJson.readSubmission(json));
    }

    // ---- JSON-level faults -----------------------------------------------------------------------

    @Test
    void truncatedDocumentIsMalformedJsonWithLineAndColumn() {
        // Three lines; the document stops inside the region object on line 3.
        String json = "{\n  \"year\": 2022,\n  \"region\": {\"code\": \"6171\"";
        assertThatThrownBy(() -> IidJson.readSubmission(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.value()).startsWith("malformed JSON");
                    assertThat(p.expected()).isEqualTo("well-formed JSON");
                    // The end of input is on line 3, whose text `  "region": {"code": "6171"` is
                    // 2 + 8 + 1 + 1 + 1 + 6 + 1 + 1 + 6 = 27 characters: the input ends at column 28.
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(28);
                    assertThat(e.getMessage()).contains("line 3");
                });
    }

    @Test
    void unknownFieldNamesTheObjectAndListsTheKnownFields() {
        String json = submission(innovation("T-01", "", "\"sdm\": {\"staf\": 12, " + EV + "}"));
        assertThatThrownBy(() -> IidJson.readSubmission(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].indicators.sdm");
                    assertThat(p.value()).contains("staf");
                    // Sdm(Integer staff, List<Evidence> evidence): the two known fields.
                    assertThat(p.expected()).contains("staff").contains("evidence");
                    assertThat(p.line()).isPositive();
                });
    }

    @Test
    void wrongEnumValueListsTheStages() {
        String json = submission(innovation("T-01", "", "").replace("\"PENERAPAN\"", "\"DITERAPKAN\""));
        assertThatThrownBy(() -> IidJson.readSubmission(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].stage");
                    assertThat(p.value()).contains("DITERAPKAN");
                    assertThat(p.expected()).contains("INISIATIF", "UJI_COBA", "PENERAPAN");
                });
    }

    @Test
    void fractionWhereAWholeNumberBelongs() {
        String json = submission(innovation("T-01", "", "\"sdm\": {\"staff\": 12.5, " + EV + "}"));
        assertThatThrownBy(() -> IidJson.readSubmission(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].indicators.sdm.staff");
                    assertThat(p.value()).contains("12.5");
                    assertThat(p.expected()).isEqualTo("a whole number");
                });
    }

    @Test
    void textWhereANumberBelongs() {
        String json = submission(innovation("T-01", "", "\"sdm\": {\"staff\": \"twelve\", " + EV + "}"));
        assertThatThrownBy(() -> IidJson.readSubmission(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].indicators.sdm.staff");
                    assertThat(p.value()).contains("twelve");
                    assertThat(p.expected()).isEqualTo("a whole number");
                });
    }

    @Test
    void numberWrittenAsTextIsNotCoerced() {
        // Reading is strict (IidJson: coercion of scalars disabled): "350" is text, not a number.
        String json = submission(innovation("T-01", "",
                "\"kemanfaatan\": {\"basis\": \"BENEFICIARIES\", \"value\": \"350\", " + EV + "}"));
        assertThatThrownBy(() -> IidJson.readSubmission(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].indicators.kemanfaatan.value");
                    assertThat(p.value()).contains("350");
                    assertThat(p.expected()).isEqualTo("a number");
                });
    }

    @Test
    void numberWhereATextBelongsIsNotCoerced() {
        // The region's code is a text ("6171"): a bare number is refused, not turned into "6171".
        String json = """
                {"year": 2022, "region": {"code": 6171, "name": "Kota Pontianak", "kind": "KOTA"}, "innovations": []}
                """;
        assertThatThrownBy(() -> IidJson.readSubmission(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.region.code");
                    assertThat(p.expected()).isEqualTo("a text");
                    assertThat(p.line()).isEqualTo(1);
                });
    }

    // ---- unknown assessment year -----------------------------------------------------------------

    @Test
    void yearAfterTheLatestSaysWhichIsTheLatest() {
        Submission valid = SubmissionBuilder.submission(2022).innovation(InnovationBuilder.innovation("T-01", 2022)).build();
        assertThatThrownBy(() -> RuleSets.builtIn().forYear(2030).evaluate(valid))
                .isInstanceOfSatisfying(UnknownYearException.class, e -> {
                    assertThat(e.year()).isEqualTo(2030);
                    // The built-in years are 2022 to 2027 (2027 announced): the latest defined is 2027.
                    assertThat(e.available()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027);
                    assertThat(e.getMessage()).contains("2030").contains("the latest defined year is 2027");
                });
    }

    @Test
    void yearBeforeTheFirstListsTheAvailableYears() {
        assertThatThrownBy(() -> RuleSets.builtIn().forYear(2019))
                .isInstanceOfSatisfying(UnknownYearException.class, e -> {
                    assertThat(e.year()).isEqualTo(2019);
                    assertThat(e.available()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027);
                    assertThat(e.getMessage()).contains("2019").contains("2022, 2023, 2024, 2025, 2026, 2027").doesNotContain("latest");
                });
    }

    // ---- model-level faults (found when a rule set evaluates) ------------------------------------

    @Test
    void missingRegion() {
        String json = """
                {
                  "year": 2022,
                  "innovations": []
                }
                """;
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.region");
                    assertThat(p.value()).isEqualTo("nothing");
                    assertThat(p.expected()).contains("region").contains("code", "name", "kind");
                });
    }

    @Test
    void negativeStaffCount() {
        String json = submission(innovation("T-01", "", "\"sdm\": {\"staff\": -3, " + EV + "}"));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].indicators.sdm.staff");
                    assertThat(p.value()).isEqualTo("-3");
                    assertThat(p.expected()).contains("0 or more");
                });
    }

    @Test
    void moreComplaintsResolvedThanReceived() {
        String json = submission(innovation("T-01", "",
                "\"pengaduan\": {\"received\": 10, \"resolved\": 12, " + EV + "}"));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].indicators.pengaduan.resolved");
                    assertThat(p.value()).isEqualTo("12");
                    assertThat(p.expected()).contains("at most the 10");
                });
    }

    @Test
    void trialAfterApplication() {
        // Tried on 2021-09-01, applied on 2021-07-01: the trial cannot come after the application.
        String json = submission(innovation("T-01", "\"trialDate\": \"2021-09-01\"", ""));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].trialDate");
                    assertThat(p.value()).isEqualTo("2021-09-01");
                    assertThat(p.expected()).contains("applicationDate").contains("2021-07-01");
                });
    }

    @Test
    void latestDevelopmentBeforeApplication() {
        // Applied on 2021-07-01, "last developed" on 2021-03-01: development cannot precede application.
        String json = submission(innovation("T-01", "\"latestDevelopmentDate\": \"2021-03-01\"", ""));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].latestDevelopmentDate");
                    assertThat(p.value()).isEqualTo("2021-03-01");
                    assertThat(p.expected()).contains("applicationDate").contains("2021-07-01");
                });
    }

    @Test
    void dateAfterTheSubmissionsYear() {
        // The submission is prepared for 2022: a development dated 2023 lies in its future.
        String json = submission(innovation("T-01", "\"latestDevelopmentDate\": \"2023-02-01\"", ""));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].latestDevelopmentDate");
                    assertThat(p.value()).isEqualTo("2023-02-01");
                    assertThat(p.expected()).contains("2022");
                });
    }

    @Test
    void duplicateInnovationId() {
        String json = """
                {
                  "year": 2022,
                  "region": {"code": "6171", "name": "Kota Pontianak", "kind": "KOTA"},
                  "innovations": [
                %s,
                %s
                  ]
                }
                """.formatted(innovation("T-01", "", ""), innovation("T-01", "", ""));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[1].id");
                    assertThat(p.value()).contains("T-01");
                    // It names the first use of the id.
                    assertThat(p.expected()).contains("$.innovations[0]");
                });
    }

    @Test
    void nullInsideTheInnovationsList() {
        String json = """
                {
                  "year": 2022,
                  "region": {"code": "6171", "name": "Kota Pontianak", "kind": "KOTA"},
                  "innovations": [null]
                }
                """;
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0]");
                    assertThat(p.value()).isEqualTo("nothing");
                    assertThat(p.expected()).contains("innovation");
                });
    }

    @Test
    void nullInsideAListOfDates() {
        String json = submission(innovation("T-01", "",
                "\"bimtek\": {\"trainings\": [\"2021-04-12\", null], " + EV + "}"));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].indicators.bimtek.trainings[1]");
                    assertThat(p.value()).isEqualTo("nothing");
                    assertThat(p.expected()).contains("date");
                });
    }

    @Test
    void nullInsideASetValuedList() {
        // otherUrusan is a set: the problem must name the list and the null's place in it, as for plain lists.
        String json = submission(innovation("T-01", "\"otherUrusan\": [\"KESEHATAN\", null]", ""));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].otherUrusan[1]");
                    assertThat(p.value()).isEqualTo("nothing");
                    assertThat(p.expected()).contains("urusan");
                });
    }

    // ---- several at once; unscorable but valid ----------------------------------------------------

    @Test
    void everyProblemIsReportedAtOnce() {
        // Three independent faults: no region, a negative staff count, more complaints resolved than received.
        String json = """
                {
                  "year": 2022,
                  "innovations": [
                %s
                  ]
                }
                """.formatted(innovation("T-01", "",
                "\"sdm\": {\"staff\": -3, " + EV + "}, \"pengaduan\": {\"received\": 10, \"resolved\": 12, " + EV + "}"));
        assertThatThrownBy(() -> readAndScore(json))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    assertThat(e.problems()).extracting(InputProblem::path).containsExactlyInAnyOrder(
                            "$.region",
                            "$.innovations[0].indicators.sdm.staff",
                            "$.innovations[0].indicators.pengaduan.resolved");
                    assertThat(e.getMessage()).contains("3 problems")
                            .contains("$.region", "sdm.staff", "pengaduan.resolved");
                });
    }

    @Test
    void builtSubmissionsAreValidatedToo() {
        // The same rule applies to submissions built in code: -3 staff is refused by evaluate().
        Submission s = SubmissionBuilder.submission(2022)
                .innovation(InnovationBuilder.innovation("T-01", 2022).sdm(-3)).build();
        assertThatThrownBy(() -> Y2022.evaluate(s))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    InputProblem p = onlyProblem(e);
                    assertThat(p.path()).isEqualTo("$.innovations[0].indicators.sdm.staff");
                    assertThat(p.value()).isEqualTo("-3");
                    assertThat(p.expected()).contains("0 or more");
                });
    }

    @Test
    void anInnovationWithNoIndicatorsIsValidAndScoresZero() {
        // Stage PENERAPAN, applied 2021-07-01 (inside 2020..2021): it counts, n = 1, but has no facts.
        // SPD = 0 (nothing reported); SID sum = 0; divisor = MAX(10, 1) = 10 -> SID average 0.
        // Its main urusan LAINNYA is no basic service: 0 of 6 covered < 2 needed -> SJI = 0 (A6)
        // (otherwise it would be 0.38 x 1). Total 0 -> IID 0.00 -> Tidak Dapat Dinilai.
        Submission s = SubmissionBuilder.submission(2022).innovation(InnovationBuilder.innovation("T-01", 2022)).build();
        Result r = Y2022.evaluate(s);
        assertThat(r).isNotNull();
        assertThat(r.innovation("T-01").counts()).isTrue();
        assertThat(r.innovation("T-01").points()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(r.totals().n()).isEqualTo(1);
        assertThat(r.totals().divisor()).isEqualTo(10);
        assertThat(r.totals().sji()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(r.index()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(r.predicate()).isEqualTo("Tidak Dapat Dinilai");
    }

    @Test
    void anEmptyIndicatorsObjectFromJsonIsValid() {
        // The same through JSON: "indicators": {} is valid and scores 0 points for the innovation.
        Result r = readAndScore(submission(innovation("T-01", "", "")));
        assertThat(r.innovation("T-01").points()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(r.innovation("T-01").counts()).isTrue();
        // PENDIDIKAN is covered, but 1 of 6 < 2 needed -> SJI 0; index 0.00.
        assertThat(r.requirement().coveredCount()).isEqualTo(1);
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.index()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void trainingDatedInTheSubmissionsYearIsAccepted() {
        // Edge of the date check: 2022-12-31 is still inside the year 2022 the submission is prepared for.
        Submission s = SubmissionBuilder.submission(2022).innovation(InnovationBuilder.innovation("T-01", 2022)
                .bimtek(LocalDate.of(2022, 12, 31))).build();
        assertThat(Y2022.evaluate(s).innovations()).hasSize(1);
    }
}
