package io.vipgate.telegram.payment;

/** What the store reports for metrics: fixed words only, never ids or amounts per user. */
public interface StoreObserver {

    StoreObserver NONE = new StoreObserver() {
        @Override
        public void order(String kind) {}

        @Override
        public void preCheckout(boolean accepted) {}

        @Override
        public void payment(String outcome) {}

        @Override
        public void refund() {}
    };

    /** An order opened; {@code kind} is {@code one_time} or {@code monthly}. */
    void order(String kind);

    void preCheckout(boolean accepted);

    /** A successful_payment handled: {@code granted}, {@code renewed}, {@code duplicate} or {@code unmatched}. */
    void payment(String outcome);

    void refund();
}
