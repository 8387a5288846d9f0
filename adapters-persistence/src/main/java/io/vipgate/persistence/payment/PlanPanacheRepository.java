package io.vipgate.persistence.payment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code plan}. */
@ApplicationScoped
public class PlanPanacheRepository implements PanacheRepositoryBase<PlanEntity, Long> {}
