package io.vipgate.cache;

/** Redis key names, all under {@code vipgate:<version>:} so that a version bump orphans every old entry. */
final class CacheKeys {

    private final String prefix;

    CacheKeys(String version) {
        this.prefix = "vipgate:" + version + ":";
    }

    String subscription(long userId) {
        return prefix + "sub:" + userId;
    }

    /** Changes on every eviction; a loader stores its snapshot only if it has not changed meanwhile. */
    String subscriptionGeneration(long userId) {
        return prefix + "subgen:" + userId;
    }

    String update(long updateId) {
        return prefix + "upd:" + updateId;
    }

    String attempts(long userId) {
        return prefix + "att:" + userId;
    }

    String sendChat(long chatId) {
        return prefix + "send:chat:" + chatId;
    }

    String sendSlotPrefix() {
        return prefix + "send:slot:";
    }

    String sendNextSlot() {
        return prefix + "send:next";
    }
}
