package io.vipgate.application.legacyimport.port.out;

/** Reads the legacy bot's data file; never changes it, nor writes anything beside it. */
public interface LegacyBotSource {

    /**
     * Opens the file and names its tables; their rows are read as they are iterated. Blocking: it runs on the import
     * command's own thread. The caller closes the snapshot.
     *
     * @throws LegacySourceException when the file is missing, unreadable or not a legacy bot's database
     */
    LegacySnapshot read(String location, ImportProgress progress);
}
