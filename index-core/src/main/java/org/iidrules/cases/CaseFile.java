package org.iidrules.cases;

import java.nio.file.Path;
import java.util.List;

import org.iidrules.model.Submission;

/**
 * One test case read from a YAML file: its name, the methodology year whose rules it runs under, a
 * description (where the hand-worked arithmetic goes), the submission it scores (inline, or a shared
 * file it names) and what the result must show. Read one with {@link CaseFiles#read}.
 *
 * @param file          the case file
 * @param name          the case's name, as tests and reports show it
 * @param year          the year whose rule set scores the submission
 * @param yearLine      the line the year is written on
 * @param description   why the expected values are what they are
 * @param submissionRef the shared submission file as written in the case, or "inline"
 * @param submission    the submission, read and checked
 * @param expectations  every expected value, in the order written; never empty
 */
public record CaseFile(
        Path file,
        String name,
        int year,
        int yearLine,
        String description,
        String submissionRef,
        Submission submission,
        List<Expectation> expectations) {

    public CaseFile {
        expectations = List.copyOf(expectations);
    }
}
