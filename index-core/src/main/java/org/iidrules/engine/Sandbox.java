package org.iidrules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;

/**
 * What a rule file may not contain. Rule files are code that Drools compiles into this process: a rule
 * folder from disk must not be able to read or write files, open connections, start programs or threads,
 * look into classes, stop the program or reach into the engine. Rules need none of that: they read the
 * submission's facts (the model) and hand levels to the {@code sheet}.
 *
 * <p>The check reads the text with comments and string literals blanked (so a rule's name or a comment
 * may say anything) and allows:
 * <ul>
 * <li>imports of {@code org.iidrules.model.*}, {@code org.iidrules.engine.Assessment}, {@code java.lang.*}
 *     (less the parts below) and {@code java.math.*};</li>
 * <li>one global, {@code org.iidrules.engine.Scoresheet sheet};</li>
 * <li>{@code kcontext} only as an argument (no member of it is read), never {@code drools}.</li>
 * </ul>
 * It refuses {@code function}, {@code declare}, {@code query}, {@code eval}, timers, unicode escapes, any
 * fully qualified name outside the allowed packages, and the names of the classes and methods that reach
 * the machine (System, Runtime, ProcessBuilder, Thread, Class, ClassLoader, getClass, reflection, exit,
 * exec...), which {@code java.lang} would otherwise give without an import. {@code from} is allowed: its
 * expression is held to the same rules as any other.
 */
final class Sandbox {

    /** Allowed import and qualified-name prefixes. */
    private static final List<String> ALLOWED = List.of("org.iidrules.model.", "org.iidrules.engine.Assessment",
            "org.iidrules.engine.Scoresheet", "java.lang.", "java.math.");
    /** Parts of java.lang that reach the machine: refused even though java.lang is allowed. */
    private static final Pattern FORBIDDEN_LANG = Pattern.compile(
            "java\\.lang\\.(reflect|invoke|instrument|management|module|ref|System|Runtime|Process|ProcessBuilder|ProcessHandle"
                    + "|Thread|ThreadGroup|ThreadLocal|InheritableThreadLocal|Class|ClassLoader|ClassValue|Module|ModuleLayer"
                    + "|StackWalker|SecurityManager|Compiler|ScopedValue)\\b.*");

    /** Names that reach the machine, and why a policy officer should care; the message key names the group. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        for (String w : List.of("System", "Runtime", "exit", "halt", "exec", "getenv", "getProperty", "setProperty", "load", "loadLibrary")) {
            WORDS.put(w, "forbidden.system");
        }
        for (String w : List.of("Process", "ProcessBuilder", "ProcessHandle")) {
            WORDS.put(w, "forbidden.process");
        }
        for (String w : List.of("Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "Executor", "Executors",
                "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "sleep")) {
            WORDS.put(w, "forbidden.thread");
        }
        for (String w : List.of("Class", "class", "ClassLoader", "getClass", "forName", "getClassLoader", "reflect", "Method",
                "Field", "Constructor", "MethodHandle", "MethodHandles", "invoke", "newInstance", "Unsafe", "Module",
                "ModuleLayer", "StackWalker", "SecurityManager", "Proxy")) {
            WORDS.put(w, "forbidden.reflection");
        }
        for (String w : List.of("File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "InputStream", "OutputStream",
                "Reader", "Writer", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile",
                "PrintStream", "Socket", "ServerSocket", "URL", "URI", "URLConnection", "HttpClient", "InetAddress",
                "DatagramSocket", "Channel", "Channels")) {
            WORDS.put(w, "forbidden.io");
        }
        for (String w : List.of("drools", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase",
                "getKieSession", "getEntryPoint", "getChannels", "getKieBaseEvents")) {
            WORDS.put(w, "forbidden.engine");
        }
        for (String w : List.of("function", "declare", "query", "eval", "timer", "calendars", "duration", "window", "unit",
                "entry-point")) {
            WORDS.put(w, "forbidden.block");
        }
    }

    /** Anywhere, not only at the top: MVEL lets a consequence import a class in the middle of a line. */
    private static final Pattern IMPORT = Pattern.compile("(?<![\\w.$])import\\s+(static\\s+|function\\s+|accumulate\\s+)?([\\w.$*]+)");
    private static final Pattern GLOBAL = Pattern.compile("^[ \\t]*global\\s+([\\w.$]+)\\s+([\\w$]+)", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^[ \\t]*package\\s+[\\w.]+\\s*;?", Pattern.MULTILINE);
    private static final Pattern KCONTEXT_MEMBER = Pattern.compile("\\bkcontext\\s*\\.");

    private Sandbox() {
    }

    /** Every forbidden construct in one rule file, each with its line and column. */
    static List<ValidationProblem> check(String path, String text) {
        List<ValidationProblem> problems = new ArrayList<>();
        // Java reads \\u0053ystem as System before anything else, in strings and comments too: no escapes at all.
        int escape = text.indexOf("\\u");
        while (escape >= 0) {
            problems.add(at(path, text, escape, "forbidden.unicode", text.substring(escape, Math.min(text.length(), escape + 6))));
            escape = text.indexOf("\\u", escape + 2);
        }
        String code = blankStrings(DrlFile.withoutComments(text));
        List<int[]> statements = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            statements.add(new int[] {m.start(), m.end()});
            String name = m.group(2);
            if (m.group(1) != null && !m.group(1).trim().equals("static") || !allowed(name)) {
                problems.add(at(path, text, m.start(2), "forbidden.import", name));
            }
        }
        m = GLOBAL.matcher(code);
        while (m.find()) {
            statements.add(new int[] {m.start(), m.end()});
            if (!m.group(1).equals("org.iidrules.engine.Scoresheet") || !m.group(2).equals("sheet")) {
                problems.add(at(path, text, m.start(1), "forbidden.global", m.group(1) + " " + m.group(2)));
            }
        }
        m = PACKAGE.matcher(code);
        while (m.find()) {
            statements.add(new int[] {m.start(), m.end()});
        }
        String body = blank(code, statements);
        // One pass over the names (a.b.C, sheet.award, System.exit): no regular expression over the whole
        // text, which was slow enough to be felt when a year loads.
        int i = 0;
        int n = body.length();
        int reportedUpTo = -1;
        while (i < n) {
            char c = body.charAt(i);
            if (!Character.isJavaIdentifierStart(c) || (i > 0 && (Character.isJavaIdentifierPart(body.charAt(i - 1)) || body.charAt(i - 1) == '.'))) {
                i++;
                continue;
            }
            int start = i;
            List<int[]> parts = new ArrayList<>();
            while (true) {
                int partStart = i;
                while (i < n && Character.isJavaIdentifierPart(body.charAt(i))) {
                    i++;
                }
                parts.add(new int[] {partStart, i});
                if (i + 1 < n && body.charAt(i) == '.' && Character.isJavaIdentifierStart(body.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (body.startsWith("-point", i) && body.substring(start, i).equals("entry")) {
                problems.add(at(path, text, start, "forbidden.block", "entry-point"));
                i += "-point".length();
                continue;
            }
            String qualified = qualifiedClass(body, parts);
            if (qualified != null && !allowed(qualified)) {
                problems.add(at(path, text, start, "forbidden.qualified", qualified));
                reportedUpTo = i;
                continue;
            }
            for (int[] part : parts) {
                String word = body.substring(part[0], part[1]);
                String key = WORDS.get(word);
                if (key == null) {
                    continue;
                }
                // System.exit is one thing to fix, not two: a name right after a reported one is not reported again.
                if (reportedUpTo < 0 || !body.substring(reportedUpTo, part[0]).matches("[\\s.]*")) {
                    problems.add(at(path, text, part[0], key, word));
                }
                reportedUpTo = part[1];
            }
        }
        m = KCONTEXT_MEMBER.matcher(body);
        while (m.find()) {
            problems.add(at(path, text, m.start(), "forbidden.engine", "kcontext."));
        }
        return problems;
    }

    /**
     * The class a dotted name names in full (java.io.File in java.io.File.separator), or null: lower-case
     * parts (a package) followed by a part that starts with a capital letter. A field path such as
     * indicators.sdm.staff has no capital part and names no class.
     */
    private static String qualifiedClass(String body, List<int[]> parts) {
        if (parts.size() < 2 || body.charAt(parts.get(0)[0]) == '$') {
            return null;
        }
        for (int k = 0; k < parts.size(); k++) {
            char first = body.charAt(parts.get(k)[0]);
            if (Character.isUpperCase(first)) {
                return k == 0 ? null : body.substring(parts.get(0)[0], parts.get(k)[1]);
            }
        }
        return null;
    }

    private static boolean allowed(String name) {
        return ALLOWED.stream().anyMatch(name::startsWith) && !FORBIDDEN_LANG.matcher(name).matches();
    }

    private static ValidationProblem at(String path, String text, int offset, String key, String what) {
        return Problems.error(Kind.FORBIDDEN, path, TextLines.lineOf(text, offset), TextLines.columnOf(text, offset), key, what);
    }

    /** The text with the inside of every string and character literal blanked; quotes, lines and offsets kept. */
    static String blankStrings(String code) {
        StringBuilder out = new StringBuilder(code);
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && code.charAt(j) != c && code.charAt(j) != '\n') {
                    if (code.charAt(j) == '\\' && j + 1 < n) {
                        out.setCharAt(j++, ' ');
                    }
                    out.setCharAt(j++, ' ');
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static String blank(String code, List<int[]> ranges) {
        StringBuilder out = new StringBuilder(code);
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }
}
