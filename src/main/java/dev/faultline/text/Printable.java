package dev.faultline.text;

/**
 * Text made safe to print: control characters (C0, DEL, C1), the invisible direction marks and overrides (U+200E/F,
 * U+061C, U+202A–202E, U+2066–2069), line and paragraph separators and lone surrogates are shown as {@code \u001B}
 * escapes, so that a model string can neither send a terminal an escape sequence (retitling or clearing it) nor turn
 * the rest of a line around. Ordinary text, Chinese included, passes unchanged.
 */
public final class Printable {

    private Printable() {
    }

    /** True when {@code c} at {@code i} in {@code text} must not reach a terminal or a label as it is. */
    public static boolean isUnsafe(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return true;
        }
        switch (c) {
            case '\u200E', '\u200F', '\u061C', '\u2028', '\u2029' -> {
                return true;
            }
            default -> {
            }
        }
        if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** The index of the first unsafe character of {@code text} other than those in {@code allowed}, or -1. */
    public static int firstUnsafe(CharSequence text, String allowed) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text, i) && allowed.indexOf(text.charAt(i)) < 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} on one line: every unsafe character escaped, line breaks and tabs as {@code \n}, {@code \t}. */
    public static String escape(CharSequence text) {
        return escape(text, "");
    }

    /** {@code text} with every unsafe character escaped except those in {@code kept} (say, "\n\t"). */
    public static String escape(CharSequence text, String kept) {
        if (firstUnsafe(text, kept) < 0) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(text, i) || kept.indexOf(c) >= 0) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    /** {@code text} escaped, in double quotes, cut to {@code max} characters with an ellipsis. */
    public static String quoted(CharSequence text, int max) {
        int end = text.length() > max && max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        CharSequence cut = text.length() > max ? text.subSequence(0, end) : text;
        return "\"" + escape(cut) + (text.length() > max ? "…" : "") + "\"";
    }
}
