package org.iidrules.validation;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.iidrules.InputProblem;
import org.iidrules.InvalidSubmissionException;
import org.iidrules.model.Evidence;
import org.iidrules.model.Evidenced;
import org.iidrules.model.Innovation;
import org.iidrules.model.SidFacts;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.Submission;

/**
 * Checks what the model's types cannot: required fields, counts that cannot be negative, ratios
 * that cannot exceed their whole, dates that must come in order. Every problem names its JSON path,
 * the value found and what was expected; all problems are reported at once.
 *
 * <p>Valid but unscorable data (an empty indicator, a value no band takes) is not a problem here:
 * it scores 0 and becomes a finding.
 */
public final class SubmissionValidator {

    private static final int FIRST_YEAR = 1945;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The SID indicator keys (SidFacts' components) and, for paths, the same with a leading dot. */
    private static final String[] SID_KEYS_BARE = componentNames(SidFacts.class);
    private static final String[] SID_KEYS = java.util.Arrays.stream(SID_KEYS_BARE).map(k -> "." + k).toArray(String[]::new);
    private static final String[] SPD_KEYS = componentNames(SpdFacts.class);
    private static final int LAST_YEAR = 2100;

    private final List<InputProblem> problems = new ArrayList<>();
    private int lastYear;

    private SubmissionValidator() {
    }

    /** @throws InvalidSubmissionException listing every problem found */
    public static void check(Submission submission) {
        List<InputProblem> problems = problemsOf(submission);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
    }

    public static List<InputProblem> problemsOf(Submission submission) {
        SubmissionValidator v = new SubmissionValidator();
        if (submission == null) {
            v.problem("$", null, "a submission object");
        } else {
            v.submission(submission);
        }
        return List.copyOf(v.problems);
    }

    private void submission(Submission s) {
        if (s.year() < 2000 || s.year() > LAST_YEAR) {
            problem("$.year", s.year() == 0 ? "nothing" : String.valueOf(s.year()),
                    "the assessment year the submission is prepared for, e.g. 2022");
        }
        lastYear = s.year() > 0 ? s.year() : LAST_YEAR;
        if (s.region() == null) {
            problem("$.region", null, "the region: an object with code, name and kind");
        } else {
            required("$.region", ".code", s.region().code());
            required("$.region", ".name", s.region().name());
            if (s.region().kind() == null) {
                problem("$.region.kind", null, "one of PROVINSI, KABUPATEN, KOTA");
            }
            noNulls("$.region", ".clusters", s.region().clusters(), oneOf(org.iidrules.model.Cluster.class));
        }
        spd("$.spd", s.spd());
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < s.innovations().size(); i++) {
            String path = "$.innovations[" + i + "]";
            Innovation innovation = s.innovations().get(i);
            if (innovation == null) {
                problem(path, null, "an innovation object");
                continue;
            }
            Integer earlier = ids.putIfAbsent(innovation.id(), i);
            if (innovation.id() != null && earlier != null) {
                problem(path + ".id", quote(innovation.id()), "an id not used by another innovation (already used by $.innovations[" + earlier + "])");
            }
            innovation(path, innovation);
        }
    }

    private void innovation(String path, Innovation i) {
        required(path, ".id", i.id());
        required(path, ".name", i.name());
        if (i.stage() == null) {
            problem(path + ".stage", null, "one of INISIATIF, UJI_COBA, PENERAPAN");
        }
        if (i.mainUrusan() == null) {
            problem(path + ".mainUrusan", null, "the innovation's main urusan, e.g. PENDIDIKAN");
        }
        noNulls(path, ".otherUrusan", i.otherUrusan(), "an urusan such as PENDIDIKAN");
        date(path, ".trialDate", i.trialDate());
        date(path, ".applicationDate", i.applicationDate());
        date(path, ".latestDevelopmentDate", i.latestDevelopmentDate());
        if (i.trialDate() != null && i.applicationDate() != null && i.trialDate().isAfter(i.applicationDate())) {
            problem(path + ".trialDate", i.trialDate().toString(),
                    "a date on or before the applicationDate " + i.applicationDate() + " (an innovation is tried before it is applied)");
        }
        if (i.applicationDate() != null && i.latestDevelopmentDate() != null
                && i.latestDevelopmentDate().isBefore(i.applicationDate())) {
            problem(path + ".latestDevelopmentDate", i.latestDevelopmentDate().toString(),
                    "a date on or after the applicationDate " + i.applicationDate());
        }
        notNegative(path, ".rancangBangunWords", i.rancangBangunWords());
        sid(path + ".indicators", i.indicators());
    }

    private void sid(String path, SidFacts f) {
        if (f.regulasi() != null) {
            present(path, ".regulasi.type", f.regulasi().type(), oneOf(SidFacts.RegulationType.class));
        }
        if (f.sdm() != null) {
            count(path, ".sdm.staff", f.sdm().staff());
        }
        if (f.anggaran() != null) {
            years(path, ".anggaran.years", f.anggaran().years(), 1);
        }
        if (f.alatKerja() != null) {
            present(path, ".alatKerja.tool", f.alatKerja().tool(), oneOf(SidFacts.WorkTool.class));
        }
        if (f.bimtek() != null) {
            for (int k = 0; k < f.bimtek().trainings().size(); k++) {
                LocalDate d = f.bimtek().trainings().get(k);
                if (d == null) {
                    problem(path + ".bimtek.trainings[" + k + "]", null, "a date (YYYY-MM-DD)");
                } else {
                    date(path, ".bimtek.trainings[" + k + "]", d);
                }
            }
        }
        if (f.rkpd() != null) {
            years(path, ".rkpd.years", f.rkpd().years(), 1);
        }
        if (f.aktor() != null) {
            count(path, ".aktor.kinds", f.aktor().kinds());
        }
        if (f.pelaksana() != null) {
            present(path, ".pelaksana.appointment", f.pelaksana().appointment(), oneOf(SidFacts.Appointment.class));
        }
        if (f.jejaring() != null) {
            count(path, ".jejaring.perangkatDaerah", f.jejaring().perangkatDaerah());
        }
        if (f.sosialisasi() != null) {
            noNulls(path, ".sosialisasi.channels", f.sosialisasi().channels(), oneOf(SidFacts.DisseminationChannel.class));
        }
        if (f.informasi() != null) {
            noNulls(path, ".informasi.methods", f.informasi().methods(), oneOf(SidFacts.InformationMethod.class));
        }
        if (f.video() != null) {
            noNulls(path, ".video.elements", f.video().elements(), oneOf(SidFacts.VideoElement.class));
        }
        if (f.pedoman() != null) {
            present(path, ".pedoman.form", f.pedoman().form(), oneOf(SidFacts.GuideForm.class));
        }
        if (f.proses() != null) {
            count(path, ".proses.days", f.proses().days());
        }
        if (f.pengaduan() != null) {
            Integer received = f.pengaduan().received();
            Integer resolved = f.pengaduan().resolved();
            count(path, ".pengaduan.received", received);
            count(path, ".pengaduan.resolved", resolved);
            if (received != null && resolved != null && received >= 0 && resolved > received) {
                problem(path + ".pengaduan.resolved", String.valueOf(resolved),
                        "at most the " + received + " complaints received");
            }
        }
        if (f.layanan() != null && f.layanan().presence() == null && f.layanan().integration() == null) {
            problem(path + ".layanan", "an object with neither presence nor integration",
                    "presence (" + names(SidFacts.OnlinePresence.values()) + ") or integration ("
                            + names(SidFacts.Integration.values()) + ")");
        }
        if (f.replikasi() != null) {
            for (int k = 0; k < f.replikasi().regions().size(); k++) {
                required(path, ".replikasi.regions[" + k + "]", f.replikasi().regions().get(k));
            }
        }
        if (f.kecepatan() != null) {
            count(path, ".kecepatan.months", f.kecepatan().months());
        }
        if (f.kemanfaatan() != null) {
            present(path, ".kemanfaatan.basis", f.kemanfaatan().basis(), oneOf(SidFacts.BenefitBasis.class));
            BigDecimal value = f.kemanfaatan().value();
            if (value == null) {
                problem(path + ".kemanfaatan.value", null, "a number of 0 or more");
            } else if (value.signum() < 0) {
                problem(path + ".kemanfaatan.value", value.toPlainString(), "a number of 0 or more");
            }
        }
        if (f.monev() != null) {
            present(path, ".monev.kind", f.monev().kind(), oneOf(SidFacts.MonitoringKind.class));
        }
        if (f.video() != null) {
            Integer seconds = f.video().durationSeconds();
            if (seconds == null || seconds <= 0) {
                problem(path + ".video.durationSeconds", seconds == null ? null : String.valueOf(seconds),
                        "the video's length in seconds, more than 0");
            }
        }
        for (int k = 0; k < SID_KEYS.length; k++) {
            evidence(path, SID_KEYS[k], f.byKey(SID_KEYS_BARE[k]));
        }
    }

    private void spd(String path, SpdFacts f) {
        for (String key : SPD_KEYS) {
            Evidenced fact = f.byKey(key);
            if (fact == null) {
                continue;
            }
            String p = path + "." + key;
            evidence(p, "", fact);
            if (fact instanceof SpdFacts.Measure m && m.value() == null) {
                problem(p + ".value", null, "a number");
            }
            if (fact instanceof SpdFacts.Count count) {
                count(p, ".value", count.value());
            }
        }
        bounded(path, ".apbdOnTimeYears.value", f.apbdOnTimeYears(), 3, "of the last 3 years");
        bounded(path, ".mandatorySpendingComponents.value", f.mandatorySpendingComponents(), 4, "of the 4 components");
        percent(path, ".unemploymentRatePercent.value", f.unemploymentRatePercent());
        percent(path, ".povertyRatePercent.value", f.povertyRatePercent());
        percent(path, ".ipm.value", f.ipm());
        if (f.visiMisi() != null && f.visiMisi().inVision() == null && f.visiMisi().inMission() == null) {
            problem(path + ".visiMisi", "an object with neither inVision nor inMission", "inVision and inMission (true or false)");
        }
        if (f.auditOpinion() != null) {
            present(path, ".auditOpinion.opinion", f.auditOpinion().opinion(), oneOf(SpdFacts.AuditOpinion.class));
        }
        if (f.sakipGrade() != null) {
            present(path, ".sakipGrade.grade", f.sakipGrade().grade(), oneOf(SpdFacts.SakipGrade.class));
        }
        if (f.innovatorAwards() != null) {
            present(path, ".innovatorAwards.scheme", f.innovatorAwards().scheme(), oneOf(SpdFacts.InnovatorAward.class));
        }
        if (f.policyQualityIndex() != null) {
            present(path, ".policyQualityIndex.category", f.policyQualityIndex().category(), oneOf(SpdFacts.IkkCategory.class));
        }
        if (f.scienceMasterPlan() != null) {
            present(path, ".scienceMasterPlan.status", f.scienceMasterPlan().status(), oneOf(SpdFacts.RipjStatus.class));
        }
        if (f.intellectualProperty() != null) {
            present(path, ".intellectualProperty.support", f.intellectualProperty().support(), oneOf(SpdFacts.HakiSupport.class));
        }
    }

    // ---- primitives --------------------------------------------------------------------------
    // Each takes a path and a suffix and joins them only when it reports a problem: a valid submission,
    // the usual case, builds no path text at all.

    private void evidence(String path, String suffix, Evidenced fact) {
        if (fact == null) {
            return;
        }
        List<Evidence> evidence = fact.evidence();
        for (int k = 0; k < evidence.size(); k++) {
            Evidence e = evidence.get(k);
            if (e != null && e.kind() != null && e.reference() != null && !e.reference().isBlank()
                    && (e.date() == null || inRange(e.date()))) {
                continue;
            }
            String p = path + suffix + ".evidence[" + k + "]";
            if (e == null) {
                problem(p, null, "an evidence object with kind and reference");
                continue;
            }
            if (e.kind() == null) {
                problem(p + ".kind", null, "one of DOCUMENT, PHOTO, SCREENSHOT, LINK, VIDEO, OTHER");
            }
            required(p, ".reference", e.reference());
            date(p, ".date", e.date());
        }
    }

    private void bounded(String path, String suffix, SpdFacts.Count count, int max, String what) {
        if (count != null && count.value() != null && count.value() > max) {
            problem(path + suffix, String.valueOf(count.value()), "a whole number from 0 to " + max + " (" + what + ")");
        }
    }

    private void percent(String path, String suffix, SpdFacts.Measure m) {
        if (m != null && m.value() != null && (m.value().signum() < 0 || m.value().compareTo(HUNDRED) > 0)) {
            problem(path + suffix, m.value().toPlainString(), "a value from 0 to 100");
        }
    }

    private void years(String path, String suffix, Collection<Integer> years, int ahead) {
        int k = 0;
        for (Integer y : years) {
            if (y == null || y < FIRST_YEAR || y > lastYear + ahead) {
                problem(path + suffix + "[" + k + "]", String.valueOf(y), "a calendar year from " + FIRST_YEAR + " to " + (lastYear + ahead));
            }
            k++;
        }
    }

    /** Sets keep their given order when they hold a null (see Facts.sorted), so the index is the JSON one. */
    private void noNulls(String path, String suffix, Collection<?> values, String expected) {
        if (values instanceof SortedSet) {
            return; // Facts.sorted makes a sorted set only when no element is null
        }
        int k = 0;
        for (Object value : values) {
            if (value == null) {
                problem(path + suffix + "[" + k + "]", null, expected);
            }
            k++;
        }
    }

    private boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= lastYear;
    }

    private void date(String path, String suffix, LocalDate date) {
        if (date == null) {
            return;
        }
        if (!inRange(date)) {
            problem(path + suffix, date.toString(), "a date from " + FIRST_YEAR + " to the end of the submission's year " + lastYear);
        }
    }

    private void count(String path, String suffix, Integer value) {
        if (value == null) {
            problem(path + suffix, null, "a whole number of 0 or more");
        } else if (value < 0) {
            problem(path + suffix, String.valueOf(value), "a whole number of 0 or more");
        }
    }

    private void notNegative(String path, String suffix, Integer value) {
        if (value != null && value < 0) {
            problem(path + suffix, String.valueOf(value), "a whole number of 0 or more");
        }
    }

    private void present(String path, String suffix, Object value, String expected) {
        if (value == null) {
            problem(path + suffix, null, expected);
        }
    }

    private void required(String path, String suffix, String value) {
        if (value == null || value.isBlank()) {
            problem(path + suffix, value == null ? null : quote(value), "a non-empty text");
        }
    }

    private void problem(String path, String value, String expected) {
        problems.add(new InputProblem(path, value == null ? "nothing" : value, expected));
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** "one of A, B, C" for an enum type, made once per type. */
    private static String oneOf(Class<? extends Enum<?>> type) {
        return ONE_OF.get(type);
    }

    private static final ClassValue<String> ONE_OF = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return "one of " + names((Enum<?>[]) type.getEnumConstants());
        }
    };

    private static String[] componentNames(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        for (int k = 0; k < components.length; k++) {
            names[k] = components[k].getName();
        }
        return names;
    }

    private static String names(Enum<?>[] values) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            s.append(k == 0 ? "" : ", ").append(values[k].name());
        }
        return s.toString();
    }

}
