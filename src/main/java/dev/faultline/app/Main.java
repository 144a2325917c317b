package dev.faultline.app;

/**
 * The jar's entry point. It does not extend {@code Application}, so that {@code java -jar} with JavaFX on the class
 * path starts (the launcher refuses a main class that extends Application when JavaFX is not on the module path),
 * and so that the headless commands never touch the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--bare-window")) {
            BareWindow.launchWith(new String[0]);
            return;
        }
        if (args.length > 0 && args[0].startsWith("--") && !args[0].equals("--model")) {
            // The commands draw pictures with Java2D into images only: never look for a display.
            System.setProperty("java.awt.headless", "true");
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        FaultlineApp.launchWith(args);
    }
}
