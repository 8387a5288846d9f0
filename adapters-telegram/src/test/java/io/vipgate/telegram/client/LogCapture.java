package io.vipgate.telegram.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/** Collects the formatted log lines (and thrown messages) of one logger category while open. */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture(String category) {
        this.logger = Logger.getLogger(category);
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    static LogCapture of(Class<?> category) {
        return new LogCapture(category.getName());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        String message = record instanceof ExtLogRecord ext
                ? ext.getFormattedMessage()
                : new SimpleFormatter().formatMessage(record);
        lines.add(record.getThrown() == null ? message : message + " " + record.getThrown());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
