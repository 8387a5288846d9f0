package io.vipgate.persistence.subscription;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code subscription}. */
@ApplicationScoped
public class SubscriptionPanacheRepository implements PanacheRepositoryBase<SubscriptionEntity, Long> {}
