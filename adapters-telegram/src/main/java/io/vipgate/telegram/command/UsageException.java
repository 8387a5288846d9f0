package io.vipgate.telegram.command;

/** Arguments that do not fit a command's syntax; answered with the syntax, never logged as a failure. */
final class UsageException extends RuntimeException {

    UsageException() {
        super("arguments do not fit the command's syntax", null, false, false);
    }
}
