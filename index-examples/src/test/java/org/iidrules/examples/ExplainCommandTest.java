package org.iidrules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iidrules.examples.CliRun.iid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.iidrules.json.IidJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iid explain} end to end on the bundled sample, Kalimantan Barat 2022, whose figures are
 * worked out by hand in {@link CliTest} and iid/2022/cases/full-region-kalbar.yaml: SPD 41.25, SID
 * sum 772, n = 10, divisor 10, SJI 0.38 x 10 = 3.80, total 41.25 + 77.2 + 3.8 = 122.25,
 * IID 122.25 / 250 x 100 = 48.90, Inovatif. Weights are those of catalogues/sid-v2023.yaml.
 */
class ExplainCommandTest {

    private static final Path SAMPLE = Path.of("src/main/resources/samples/kalbar-2022.json");

    @Test
    void explainsTheSampleInEnglish() {
        CliRun run = iid("explain", "--sample", "kalbar_2022");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("Explanation of IID 2022 for Provinsi Kalimantan Barat (61, PROVINSI)\n")
                .contains("Index = total / maximum x 100 = 122.2500 / 250.00 x 100 = 48.90")
                .contains("Divisor = MAX(d, n) = MAX(10, 10) = 10")
                .contains("Predicate: 48.90 lies in the band \"Inovatif\", from 35.00 up to but not including 60.01")
                // KB-02, 17 sdm: 24 staff -> L2 (11..30), weight 2 x 2 = 4; L3 needs 31 staff and adds 2 x 1 = 2
                .contains("[2] KB-02  Layanan Kesehatan Keliling Perbatasan (Kesehatan): counts, 62 points")
                .contains("    17 sdm  Ketersediaan SDM: level 2 of 3, 2 x 2 = 4 points\n")
                .contains("next: level 3 would add 2 x 1 = 2 points; it needs this rule:\n"
                        + "          rule \"V2023 17 sdm L3: more than 30 staff\" at catalogues/sid-v2023.drl:78 (source SQL2023)\n"
                        + "            when $i : Innovation( indicators.sdm!.staff >= 31 )\n")
                // KB-07, 16 regulasi: a Perkada reaches L3 but has no evidence; with it 3 x 3 = 9
                .contains("evidence is what is missing: with \"the regulation's first page and the page naming the innovation\""
                        + " it would score 3 x 3 = 9 points")
                .contains("[9] KB-09  Pasar Tani Online (Pertanian): does not count");
    }

    @Test
    void explainsOneInnovationInIndonesian() {
        CliRun run = iid("explain", "--sample", "kalbar_2022", "--lang", "id", "--innovation", "KB-08");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("Penjelasan IID 2022 untuk Provinsi Kalimantan Barat")
                .contains("Hanya inovasi KB-08")
                .contains("[8] KB-08  Posyandu Pintar (Kesehatan): tidak dihitung")
                .contains("alasan: its stage is UJI_COBA")
                .contains("aturan \"Only innovations at stage Penerapan count\" di common/eligibility.drl:12 (sumber PAPARAN22; asumsi A11)")
                .doesNotContain("Baris SPD")
                .doesNotContain("KB-01");
    }

    @Test
    void jsonIsByteIdenticalAcrossRunsAndCarriesTheFigures() throws IOException {
        CliRun first = iid("explain", SAMPLE.toString(), "--json");
        CliRun second = iid("explain", SAMPLE.toString(), "--json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        JsonNode json = IidJson.mapper().readTree(first.out());
        assertThat(json.at("/formula/index").decimalValue()).isEqualByComparingTo("48.90");
        assertThat(json.at("/formula/sidSum").decimalValue()).isEqualByComparingTo("772");
        assertThat(json.at("/innovations/1/indicators/1/next/pointsAdded").decimalValue()).isEqualByComparingTo("2");
        assertThat(iid("explain", SAMPLE.toString()).out()).isEqualTo(iid("explain", SAMPLE.toString()).out());
    }

    @Test
    void anEditedRuleFolderIsExplainedAsEdited(@TempDir Path dir) throws IOException {
        // A policy officer lowers V2023's sdm level 3 from 31 staff to 25 in a copy: KB-02's 24 staff are still
        // level 2, and the next level now names the edited condition.
        Path copy = ShippedRules.copyInto(dir);
        Path drl = copy.resolve("catalogues/sid-v2023.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        Files.writeString(drl, text.replace("indicators.sdm!.staff >= 31", "indicators.sdm!.staff >= 25"), StandardCharsets.UTF_8);

        CliRun run = iid("explain", SAMPLE.toString(), "--rules", copy.resolve("2022").toString(), "--innovation", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("    17 sdm  Ketersediaan SDM: level 2 of 3, 2 x 2 = 4 points\n")
                .contains("when $i : Innovation( indicators.sdm!.staff >= 25 )");
    }

    @Test
    void aWrongInnovationOrLanguageIsAUsageError() {
        CliRun innovation = iid("explain", "--sample", "kalbar_2022", "--innovation", "99");
        assertThat(innovation.exit()).isEqualTo(2);
        assertThat(innovation.err()).contains("--innovation: no innovation '99' in this result: give an innovation's id"
                + " (from KB-01 to KB-12) or its place in the submission (1 to 12)");
        CliRun language = iid("explain", "--sample", "kalbar_2022", "--lang", "fr");
        assertThat(language.exit()).isEqualTo(2);
        assertThat(language.err()).contains("--lang").contains("unknown language 'fr': use en (English) or id (Bahasa Indonesia)");
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = iid("explain", "no-such.json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("No such file: no-such.json");
    }
}
