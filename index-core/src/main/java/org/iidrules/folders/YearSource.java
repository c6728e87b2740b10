package org.iidrules.folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.iidrules.IidException;
import org.iidrules.RuleProblem;
import org.iidrules.RuleSetException;
import org.iidrules.UnknownYearException;
import org.iidrules.engine.RuleFiles;
import org.iidrules.engine.RuleSetLoader;
import org.iidrules.engine.UsedFiles;

/**
 * Where a year's rule files are read from: a built-in year (inside index-rules, on the classpath) or
 * a year's folder on disk (a folder holding manifest.yaml, whose manifest may name files in the
 * folder's parent: ../catalogues, ../common, ../register.yaml). Either way the files sit in a tree
 * whose root is the year folder's parent, and every path here is relative to that root.
 */
public final class YearSource {

    private static final String BUILT_IN_ROOT = "iid";

    private final Path root;
    private final String manifest;
    private final String description;

    private YearSource(Path root, String manifest, String description) {
        this.root = root;
        this.manifest = manifest;
        this.description = description;
    }

    /**
     * A built-in year.
     *
     * @throws UnknownYearException when there is no built-in rule set for it
     */
    public static YearSource builtIn(int year) {
        Path root = builtInRoot();
        String manifest = manifestsIn(root).get(year);
        if (manifest == null) {
            throw new UnknownYearException(year, List.copyOf(new java.util.TreeSet<>(manifestsIn(root).keySet())));
        }
        return new YearSource(root, manifest, "the built-in year " + year);
    }

    /** The newest built-in year. */
    public static YearSource latestBuiltIn() {
        Map<Integer, String> manifests = manifestsIn(builtInRoot());
        return builtIn(new java.util.TreeMap<>(manifests).lastKey());
    }

    /**
     * A year's folder on disk, holding manifest.yaml.
     *
     * @throws RuleSetException when the folder has no manifest.yaml
     */
    public static YearSource folder(Path yearFolder) {
        Path absolute = yearFolder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve("manifest.yaml"))) {
            throw new RuleSetException(yearFolder.toString(), List.of(new RuleProblem(yearFolder + "/manifest.yaml", 0, 0,
                    "no manifest.yaml in this folder: a rule folder is a year's folder holding manifest.yaml")));
        }
        Path root = absolute.getParent() == null ? absolute : absolute.getParent();
        return new YearSource(root, absolute.getFileName() + "/manifest.yaml", "the rule folder " + yearFolder);
    }

    /**
     * "2026" is a built-in year, anything else a year's folder on disk (write ./2026 for a folder named
     * 2026), as the command line's --rules and --from read it.
     */
    public static YearSource of(String yearOrFolder) {
        if (yearOrFolder.matches("\\d{4}")) {
            return builtIn(Integer.parseInt(yearOrFolder));
        }
        return folder(Path.of(yearOrFolder));
    }

    /**
     * Every year a rule tree lists in its {@code rulesets.yaml} (the built-in tree's layout: year →
     * manifest path), oldest first; {@code treeRoot} is the folder holding rulesets.yaml, e.g.
     * index-rules/src/main/resources/iid.
     */
    public static List<YearSource> listedIn(Path treeRoot) {
        Path root = treeRoot.toAbsolutePath().normalize();
        return new java.util.TreeMap<>(manifestsIn(root)).values().stream()
                .map(m -> new YearSource(root, m, "the year of " + treeRoot.resolve(m))).toList();
    }

    /** The root of the tree the year's files sit in. */
    Path root() {
        return root;
    }

    /** The manifest's path relative to the root, e.g. {@code 2026/manifest.yaml}. */
    String manifest() {
        return manifest;
    }

    /** The year's folder relative to the root, e.g. {@code 2026}. */
    String folderName() {
        int slash = manifest.lastIndexOf('/');
        return slash < 0 ? "" : manifest.substring(0, slash);
    }

    /** The files the year uses and its digest, read (not compiled). */
    UsedFiles usedFiles() {
        return RuleSetLoader.usedFiles(RuleFiles.directory(root), manifest);
    }

    /** "the built-in year 2026" or "the rule folder my-rules/2028". */
    public String describe() {
        return description;
    }

    @Override
    public String toString() {
        return describe();
    }

    /** A tree's {@code rulesets.yaml}: year → manifest path. */
    private static Map<Integer, String> manifestsIn(Path root) {
        try {
            Index index = new ObjectMapper(new YAMLFactory()).readValue(Files.readAllBytes(root.resolve("rulesets.yaml")), Index.class);
            return Map.copyOf(index.years());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve("rulesets.yaml"), e);
        }
    }

    /**
     * The built-in tree as a path: a folder when index-rules' classes are a folder (a build, the tests),
     * or a folder inside the jar (the command line's iid.jar), read through the jar's file system.
     */
    private static Path builtInRoot() {
        URL url = YearSource.class.getClassLoader().getResource(BUILT_IN_ROOT + "/rulesets.yaml");
        if (url == null) {
            throw new IidException("No built-in rule sets: " + BUILT_IN_ROOT + "/rulesets.yaml is not on the classpath."
                    + " Add the index-rules artifact as a dependency.");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened by an earlier call: Path.of finds it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException | FileSystemNotFoundException e) {
            throw new IidException("cannot read the built-in rule sets at " + url + ": " + e.getMessage(), e);
        }
    }

    /** {@code rulesets.yaml}. */
    private record Index(Map<Integer, String> years) {
    }
}
