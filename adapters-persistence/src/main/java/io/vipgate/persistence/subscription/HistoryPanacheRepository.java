package io.vipgate.persistence.subscription;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code subscription_history}. */
@ApplicationScoped
public class HistoryPanacheRepository implements PanacheRepositoryBase<HistoryEntity, Long> {}
