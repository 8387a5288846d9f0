package io.vipgate.application.legacyimport.port.out;

/** Reads the legacy bot's data file; never changes it. */
public interface LegacyBotSource {

    /**
     * Reads every row of every legacy table, raw. Blocking: it runs on the import command's own thread.
     *
     * @throws LegacySourceException when the file is missing, unreadable or not a legacy bot's database
     */
    LegacySnapshot read(String location, ImportProgress progress);
}
