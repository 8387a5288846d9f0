package io.vipgate.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Selling with Telegram Stars, under {@code vipgate.store}: the creator's texts and payment reconciliation. */
@ConfigMapping(prefix = "vipgate.store")
public interface StoreConfig {

    /** PAYSUPPORT_TEXT: what {@code /paysupport} answers; the built-in text in the user's language without it. */
    Optional<String> supportText();

    /** TERMS_TEXT: the terms of sale {@code /terms} shows. */
    Optional<String> termsText();

    /** PRIVACY_TEXT: the privacy policy {@code /privacy} shows. */
    Optional<String> privacyText();

    /** JOB_STARS_RECONCILE_INTERVAL: how often getStarTransactions is checked for payments never recorded, or off. */
    @WithDefault("10m")
    String reconcileInterval();

    /** How old a transaction must be before reconciliation takes it as lost rather than on its way. */
    @WithDefault("10m")
    Duration reconcileGrace();
}
