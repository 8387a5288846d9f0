package io.vipgate.application.payment.port.out;

/** What {@code /stats} adds about Stars: received this month and in all, paying and monthly users, refunds. */
public record PaymentTotals(
        long starsThisMonth, long starsTotal, long payingUsers, long monthlySubscribers, long refunds) {}
