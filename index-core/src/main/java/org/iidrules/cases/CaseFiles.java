package org.iidrules.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds and reads case files. A case file is a YAML file ({@code .yaml} or {@code .yml}) in a folder
 * named {@code cases}, such as {@code iid/2022/cases/full-region.yaml}: beside the rules of its year,
 * so that a copied year folder carries its cases. Shared submissions live elsewhere (for instance
 * {@code iid/cases/submissions/}) and are never taken for cases.
 *
 * <p>The format, with every field it knows:
 * <pre>
 * name: "2022 · divisor MAX(10, n)"          # required: how tests and reports name the case
 * year: 2022                                 # required: the year whose rules score the submission
 * description: |                             # required: why the expected values are right
 *   Two innovations ... sidSum 68 / MAX(10, 2) = 6.8 ...
 * submission: ../../cases/submissions/x.json # required: a file (relative to this one, .json or .yaml)
 *                                            #   or the submission itself, inline, as a map
 * tolerance: 0.005                           # optional: for every number below without its own (default 0: exact)
 * expect:                                    # required, and not empty
 *   index: 48.90                             # numbers: 48.90, "27.0833 ± 0.0001", {value: 27.0833, tolerance: 0.0001}
 *   predicate: Inovatif                      # exact
 *   spd: 41.25                               # also sidSum, sidAverage, sji, sid, total
 *   n: 10                                    # whole numbers: n, minimumDivisor, divisor
 *   requirement: {met: true, coveredCount: 4, needed: 2, covered: [Pendidikan, Kesehatan]}
 *   spdRows:                                 # by row number or key
 *     "11a": {level: 0, points: 0, note: no evidence}
 *   innovations:                             # by id
 *     KB-08: {counts: false, reason: UJI_COBA}   # reason and note: the text must contain this (any case)
 *     KB-10:
 *       points: 80
 *       indicators: {regulasi: {level: 2, points: 6}, "23": {level: 3}}   # by key or number
 * </pre>
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    /**
     * Reads one case file, its submission included, and checks it.
     *
     * @throws CaseFileException naming the file, line and field of the first problem
     */
    public static CaseFile read(Path file) {
        return CaseReader.read(file);
    }

    /**
     * The case files a path names: the file itself, or every {@code *.yaml}/{@code *.yml} file in a
     * folder named {@code cases} at or below the folder, sorted by path.
     *
     * @throws CaseFileException when the path does not exist
     */
    public static List<Path> find(Path fileOrFolder) {
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new CaseFileException(fileOrFolder, 0, 0, "", "no such file or folder");
        }
        try (Stream<Path> files = Files.walk(fileOrFolder)) {
            return files.filter(Files::isRegularFile).filter(CaseFiles::isCaseFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fileOrFolder, e);
        }
    }

    /** A YAML file directly inside a folder named {@code cases}. */
    public static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path parent = file.toAbsolutePath().normalize().getParent();
        return (name.endsWith(".yaml") || name.endsWith(".yml"))
                && parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("cases");
    }
}
