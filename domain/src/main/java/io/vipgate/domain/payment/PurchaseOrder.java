package io.vipgate.domain.payment;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A press on a plan's button: who wants which plan at which price. Its id, 128 random bits in base64url, is the
 * invoice payload, so a payload names one order and cannot be guessed. {@code paid} once a payment arrived for it.
 */
public record PurchaseOrder(String id, long userId, long planId, int amount, Instant openedAt, boolean paid) {

    /** How long an unpaid order can still be paid: long enough to read an invoice, short enough to go stale. */
    public static final Duration OPEN_FOR = Duration.ofHours(24);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    public PurchaseOrder {
        if (!looksLikeId(id)) {
            throw new IllegalArgumentException("an order id is 22 base64url characters");
        }
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public static String newId(SecureRandom random) {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether {@code text} could be an order id at all, before any lookup. */
    public static boolean looksLikeId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** Still payable at {@code now}: not paid, and not older than {@link #OPEN_FOR}. */
    public boolean openAt(Instant now) {
        return !paid && now.isBefore(openedAt.plus(OPEN_FOR));
    }
}
