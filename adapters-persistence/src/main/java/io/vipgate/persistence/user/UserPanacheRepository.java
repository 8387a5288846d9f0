package io.vipgate.persistence.user;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code app_user}. */
@ApplicationScoped
public class UserPanacheRepository implements PanacheRepositoryBase<UserEntity, Long> {}
