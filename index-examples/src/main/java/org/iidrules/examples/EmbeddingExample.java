package org.iidrules.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.json.IidJson;
import org.iidrules.model.Evidence;
import org.iidrules.model.EvidenceKind;
import org.iidrules.model.Innovation;
import org.iidrules.model.Region;
import org.iidrules.model.RegionKind;
import org.iidrules.model.SidFacts;
import org.iidrules.model.SidFacts.BenefitBasis;
import org.iidrules.model.SidFacts.Kemanfaatan;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.SidFacts.Regulasi;
import org.iidrules.model.SidFacts.Sdm;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.Stage;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.result.Result;

/**
 * How an application embeds IID Rules: load a year's rule set once, then score submissions built
 * from plain Java objects or read from JSON. Run it with
 * {@code java -cp index-examples/target/iid.jar org.iidrules.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** A one-innovation submission built in code: a Perkada, 12 staff and 350 beneficiaries, all evidenced. */
    public static Submission kotaPontianak() {
        List<Evidence> sk = List.of(new Evidence(EvidenceKind.DOCUMENT, "perwa-12-2021.pdf", LocalDate.of(2021, 3, 1)));
        SidFacts facts = new SidFacts(
                new Regulasi(RegulationType.PERATURAN_KEPALA_DAERAH, sk),
                new Sdm(12, sk),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                new Kemanfaatan(BenefitBasis.BENEFICIARIES, new BigDecimal("350"), sk),
                null, null);
        Innovation innovation = new Innovation("PTK-01", "Sekolah Ramah Anak", Stage.PENERAPAN, null, null, null,
                Urusan.PENDIDIKAN, Set.of(), LocalDate.of(2020, 9, 1), LocalDate.of(2021, 2, 1), null, 420, facts);
        Region region = new Region("6171", "Kota Pontianak", RegionKind.KOTA, Set.of());
        return new Submission(2022, region, SpdFacts.NONE, List.of(innovation));
    }

    public static void main(String[] args) {
        // 1. Load a year's rule set once; it is immutable and safe to share between threads.
        RuleSet rules = RuleSets.builtIn().forYear(2022);

        // 2. Score a submission built from plain objects...
        Result result = rules.evaluate(kotaPontianak());
        System.out.println(result.region().name() + ": IID " + result.index() + " (" + result.predicate() + ")");
        System.out.println("  " + result.requirement().statement());

        // 3. ...or read from JSON, and write the result as JSON.
        if (args.length > 0) {
            Result fromJson = rules.evaluate(IidJson.readSubmission(Path.of(args[0])));
            System.out.print(IidJson.write(fromJson));
        }
    }
}
