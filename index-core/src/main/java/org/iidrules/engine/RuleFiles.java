package org.iidrules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

import org.kie.api.KieBase;

/**
 * Where a rule set's files come from: the built-in ones on the classpath (index-rules), or a folder
 * on disk. Paths are '/'-separated and relative to the root.
 */
public abstract class RuleFiles {

    /** The file's bytes, or null when there is no such file. */
    abstract byte[] read(String path);

    /** A readable name of the root, for messages. */
    abstract String describe();

    /**
     * True for rule files that ship inside the project (index-rules, reviewed and compiled at build time),
     * false for a folder on disk: only untrusted files pay for the sandbox check before they compile.
     */
    boolean trusted() {
        return false;
    }

    /**
     * A rule base of exactly these DRL packages, from the executable model compiled at build time, or
     * null when the build left none for some of them.
     */
    KieBase precompiled(Set<String> packages) {
        return null;
    }

    /** {@code base/relative}, with "." and ".." resolved. */
    static String resolve(String base, String relative) {
        String joined = base.isEmpty() ? relative : base + "/" + relative;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new OutsideException(joined);
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** A path that climbs out of the root ("../../x"): a rule set may not reach files outside it. */
    static final class OutsideException extends IllegalArgumentException {
        private final String path;

        OutsideException(String path) {
            super("path leaves the rule folder: " + path);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static RuleFiles classpath(ClassLoader loader, String root) {
        return new RuleFiles() {
            @Override
            byte[] read(String path) {
                try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
                    return in == null ? null : in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            String describe() {
                return "classpath:" + root;
            }

            @Override
            boolean trusted() {
                return true;
            }

            @Override
            KieBase precompiled(Set<String> packages) {
                return PrecompiledModels.kieBase(loader, packages);
            }
        };
    }

    public static RuleFiles directory(Path root) {
        return new RuleFiles() {
            @Override
            byte[] read(String path) {
                try {
                    return Files.readAllBytes(root.resolve(path));
                } catch (NoSuchFileException e) {
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            String describe() {
                return root.toString();
            }
        };
    }
}
