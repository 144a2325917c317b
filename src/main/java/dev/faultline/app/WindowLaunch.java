package dev.faultline.app;

import java.util.Locale;
import java.util.Map;

/**
 * Whether a window can be opened at all, asked before the toolkit starts: on Linux and the BSDs without X11 or
 * Wayland the toolkit fails deep inside with a stack trace, so the app says in one line what can be done instead.
 */
final class WindowLaunch {

    private WindowLaunch() {
    }

    static boolean displayAvailable() {
        return displayAvailable(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"));
    }

    /** True on Windows and macOS, with Monocle (headless tests), or with DISPLAY or WAYLAND_DISPLAY set. */
    static boolean displayAvailable(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return !blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"));
    }

    static String noDisplayMessage() {
        return "faultline: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); the headless"
                + " commands are " + CommandLine.HEADLESS_COMMANDS;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
