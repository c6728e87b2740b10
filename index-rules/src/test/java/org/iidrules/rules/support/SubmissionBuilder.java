package org.iidrules.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.iidrules.model.Innovation;
import org.iidrules.model.Region;
import org.iidrules.model.RegionKind;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.Submission;

/** Builds a submission for a test: a kota named "Kota Uji" (code 9999) unless told otherwise, no SPD facts by default. */
public final class SubmissionBuilder {
    private final int year;
    private Region region = new Region("9999", "Kota Uji", RegionKind.KOTA, Set.of());
    private SpdFacts spd = SpdFacts.NONE;
    private final List<Innovation> innovations = new ArrayList<>();

    private SubmissionBuilder(int year) {
        this.year = year;
    }

    public static SubmissionBuilder submission(int year) {
        return new SubmissionBuilder(year);
    }

    public SubmissionBuilder region(Region value) { region = value; return this; }
    public SubmissionBuilder spd(SpdFacts value) { spd = value; return this; }
    public SubmissionBuilder innovation(Innovation value) { innovations.add(value); return this; }
    public SubmissionBuilder innovation(InnovationBuilder value) { innovations.add(value.build()); return this; }

    public Submission build() {
        return new Submission(year, region, spd, innovations);
    }
}
