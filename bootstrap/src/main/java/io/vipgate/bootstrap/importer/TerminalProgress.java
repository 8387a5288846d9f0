package io.vipgate.bootstrap.importer;

import io.vipgate.application.legacyimport.port.out.ImportProgress;
import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;

/** A progress bar redrawn in place on a terminal; nothing at all when the output goes to a file or a pipe. */
final class TerminalProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private String phase = "";
    private long total;
    private long done;
    private long drawnPercent = -1;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    /** A bar on {@code out} when the process runs on a terminal, else none. */
    static ImportProgress onTerminal(PrintStream out) {
        return interactive() ? new TerminalProgress(out) : ImportProgress.NONE;
    }

    /**
     * From JDK 22 on, System.console() exists even when output is redirected, and Console.isTerminal() tells; it is
     * called reflectively because the code is compiled for Java 21, where a console always means a terminal.
     */
    private static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }

    @Override
    public synchronized void start(String phase, long total) {
        this.phase = phase;
        this.total = total;
        this.done = 0;
        this.drawnPercent = -1;
        draw();
    }

    @Override
    public synchronized void advance(long rows) {
        done += rows;
        draw();
    }

    @Override
    public synchronized void finish() {
        done = total;
        draw();
        out.println();
    }

    /** Redraws only when the percentage moves, so a fast import does not flood the terminal. */
    private void draw() {
        long percent = total == 0 ? 100 : Math.min(100, done * 100 / total);
        if (percent == drawnPercent) {
            return;
        }
        drawnPercent = percent;
        int filled = (int) (percent * WIDTH / 100);
        out.print(line(phase, filled, percent, done, total));
        out.flush();
    }

    static String line(String phase, int filled, long percent, long done, long total) {
        return String.format(
                Locale.ROOT,
                "\r%-8s [%s%s] %3d%% %,d/%,d rows",
                phase,
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                percent,
                Math.min(done, total),
                total);
    }
}
