package io.vipgate.persistence.token;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code invitation_token}. */
@ApplicationScoped
public class TokenPanacheRepository implements PanacheRepositoryBase<TokenEntity, Long> {}
