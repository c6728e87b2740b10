package org.iidrules.examples;

import static org.iidrules.examples.CliRun.iid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.iidrules.examples.cli.Iid;
import org.iidrules.json.IidJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iid nation}: a synthetic nation, or a folder of submissions, scored in one process. */
class NationCommandTest {

    @TempDir
    Path tmp;

    private record CliRun(int code, String out, String err) {
    }

    private static CliRun iid(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Iid.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    private static String digest(String out) {
        return out.lines().filter(l -> l.startsWith("Digest")).findFirst().orElseThrow();
    }

    @Test
    void scoresASmallSyntheticNationAndSummarisesIt() {
        CliRun run = iid("nation", "--regions", "6", "--innovations", "12", "--threads", "2");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("IID nation  6 regions (synthetic, seed 20260429, 12 innovations each, 2026)")
                .contains("Scored      72 innovations").contains("Predicates  Sangat Inovatif")
                .contains("Index       mean").contains("Digest      sha256:");
    }

    @Test
    void theSummaryIsTheSameWhateverTheThreadsAndExplanations() {
        String one = digest(iid("nation", "--regions", "5", "--innovations", "10", "--threads", "1").out());
        String two = digest(iid("nation", "--regions", "5", "--innovations", "10", "--threads", "2", "--scores-only").out());

        assertThat(two).isEqualTo(one);
    }

    @Test
    void writesTheSyntheticSubmissionsAndScoresTheFolderAlike() throws IOException {
        Path dir = tmp.resolve("nation");
        CliRun written = iid("nation", "--regions", "4", "--innovations", "8", "--write-submissions", dir.toString());
        assertThat(written.code()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).hasSize(4);
        }
        IidJson.readSubmission(dir.resolve("region-1100.json")); // valid input

        Path results = tmp.resolve("results");
        CliRun fromFolder = iid("nation", dir.toString(), "--out", results.toString());
        CliRun synthetic = iid("nation", "--regions", "4", "--innovations", "8");

        assertThat(fromFolder.code()).isZero();
        assertThat(digest(fromFolder.out())).isEqualTo(digest(synthetic.out()));
        assertThat(results.resolve("result-1100.json")).exists();
    }

    @Test
    void anEmptyFolderIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        CliRun run = iid("nation", empty.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("No submissions (*.json) in");
    }
}
