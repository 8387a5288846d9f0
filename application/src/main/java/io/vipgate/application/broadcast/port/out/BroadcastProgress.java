package io.vipgate.application.broadcast.port.out;

/** How far a broadcast has come: of {@code total} recipients, how many were sent to, had blocked the bot, or failed. */
public record BroadcastProgress(long broadcastId, int total, int sent, int blocked, int failed) {

    public BroadcastProgress {
        if (total < 0 || sent < 0 || blocked < 0 || failed < 0 || sent + blocked + failed > total) {
            throw new IllegalArgumentException("counts must be non-negative and add up to at most the total");
        }
    }

    /** Recipients tried so far, whatever the outcome. */
    public int done() {
        return sent + blocked + failed;
    }
}
