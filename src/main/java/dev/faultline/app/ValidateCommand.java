package dev.faultline.app;

import java.io.PrintStream;

/** Headless command (being written). */
final class ValidateCommand {

    private ValidateCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("faultline: " + args[0] + " is not available in this build yet");
        return 2;
    }
}
