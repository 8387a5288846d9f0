package io.vipgate.persistence.freechannel;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code free_join_request}. */
@ApplicationScoped
public class JoinRequestPanacheRepository implements PanacheRepositoryBase<JoinRequestEntity, Long> {}
