package dev.faultline.app;

/**
 * The jar's entry point. It does not extend {@code Application}, so that {@code java -jar} with JavaFX on the class
 * path starts (the launcher refuses a main class that extends Application when JavaFX is not on the module path),
 * and so that the headless commands never touch the toolkit.
 */
public final class Main {

    private Main() {
    }

    /**
     * While the toolkit starts (half a second or more of the launcher thread), a second core reads what the first
     * frame needs and JavaFX does not: the saved session's preferences file (an XML parse, about 200 classes) and
     * the bundled font's bytes and character map. Both are safe before the toolkit exists; nothing waits for this
     * thread, whatever it has not done is done where it is needed.
     */
    private static void prefetch() {
        Thread t = new Thread(() -> {
            try {
                new dev.faultline.ui.SessionStore().restoreLanguage();
            } catch (RuntimeException e) {
                // The app reads the store again in start() and handles what is wrong with it there.
            }
            dev.faultline.ui.BundledFont.prefetch();
        }, "faultline-prefetch");
        t.setDaemon(true);
        t.start();
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--bare-window")) {
            // The start-up bench's reference: a bare JavaFX window, timed like the app's.
            BareWindow.launchWith(new String[0]);
            return;
        }
        if (CommandLine.isCommand(args)) {
            // The commands draw pictures with Java2D into images only: never look for a display.
            System.setProperty("java.awt.headless", "true");
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        if (!WindowLaunch.displayAvailable()) {
            System.err.println(WindowLaunch.noDisplayMessage());
            System.exit(1);
        }
        prefetch();
        try {
            FaultlineApp.launchWith(args);
        } catch (RuntimeException | LinkageError e) {
            // The toolkit could not start (no display after all, a broken jar): one line, never a trace.
            System.err.println("faultline: the window cannot open: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + dev.faultline.text.Printable.escape(e.getMessage())));
            System.err.println("Without a display, use the headless commands: " + CommandLine.HEADLESS_COMMANDS);
            System.exit(1);
        }
    }
}
