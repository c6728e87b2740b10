package org.iidrules.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lines and columns in a file's text, for problems that must say where they are (1-based; 0 when unknown). */
final class TextLines {
    private TextLines() {
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int columnOf(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - start + 1;
    }

    /** The line of the first match of {@code regex} (multiline), or 0. */
    static int lineOfFirst(String text, String regex) {
        if (text == null) {
            return 0;
        }
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        return m.find() ? lineOf(text, m.start()) : 0;
    }

    /** The line of a top-level YAML key ({@code formula:}), or 0. */
    static int lineOfKey(String yaml, String key) {
        return lineOfFirst(yaml, "^" + Pattern.quote(key) + "\\s*:");
    }

    /** The line of a catalogue entry {@code no: "17"} (quoted or not), or 0. */
    static int lineOfIndicator(String yaml, String no) {
        return lineOfFirst(yaml, "\\bno:\\s*[\"']?" + Pattern.quote(no) + "[\"']?\\s*[,}\\n]");
    }
}
