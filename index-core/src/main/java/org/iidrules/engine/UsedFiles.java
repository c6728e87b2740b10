package org.iidrules.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a year's digest is taken over: each entry by path relative to the rule tree's root ({@code
 * 2022/manifest.yaml}, {@code catalogues/sid-v2023.drl}), a register entry as {@code
 * register.yaml#assumptions/A14} with its text, in path order; plus the manifest's identity.
 */
public record UsedFiles(String id, int year, String version, String status, String manifest,
                        Map<String, byte[]> entries, String digest) {

    public UsedFiles {
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The files to copy for this year: each entry's file, the register once however many entries it gives. */
    public List<String> files() {
        TreeSet<String> files = new TreeSet<>();
        entries.keySet().forEach(e -> files.add(fileOf(e)));
        return List.copyOf(files);
    }

    /** The SHA-256 of each entry, as lowercase hex, in path order. */
    public Map<String, String> sha256() {
        Map<String, String> sums = new LinkedHashMap<>();
        entries.forEach((path, bytes) -> sums.put(path, sha256(bytes)));
        return sums;
    }

    /** {@code register.yaml#assumptions/A14} → {@code register.yaml}; a file's path unchanged. */
    public static String fileOf(String entry) {
        int hash = entry.indexOf('#');
        return hash < 0 ? entry : entry.substring(0, hash);
    }

    /** SHA-256 of some bytes as lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
