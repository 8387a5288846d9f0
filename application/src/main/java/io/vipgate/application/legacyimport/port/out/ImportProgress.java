package io.vipgate.application.legacyimport.port.out;

/** Where an import reports how far it got, so a terminal can draw a bar; may be called from any thread. */
public interface ImportProgress {

    /** Reports nothing. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(String phase, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
    };

    /** A phase ("reading", "writing") of {@code total} rows begins. */
    void start(String phase, long total);

    /** {@code done} more rows of the current phase are through. */
    void advance(long done);

    /** The current phase is over. */
    void finish();
}
