package io.vipgate.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code plan}. */
@ApplicationScoped
public class PlanPanacheRepository implements PanacheRepositoryBase<PlanEntity, Long> {
}
