package io.vipgate.persistence.payment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code payment}. */
@ApplicationScoped
public class PaymentPanacheRepository implements PanacheRepositoryBase<PaymentEntity, Long> {}
