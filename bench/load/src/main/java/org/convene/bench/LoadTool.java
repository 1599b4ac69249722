package org.convene.bench;

/** How every load tool starts: its options parsed, and a failed run ending the JVM with status 1. */
final class LoadTool {

    /** A tool's run, given its options. */
    interface Run {
        void run(Options options) throws Exception;
    }

    private LoadTool() {}

    static void start(String[] args, Run run) {
        try {
            run.run(new Options(args));
        } catch (Exception | AssertionError e) {
            // Vert.x's threads would keep the JVM alive: a failed run must end, and say so.
            e.printStackTrace();
            System.exit(1);
        }
    }
}
