package io.vipgate.persistence.payment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code purchase_order}. */
@ApplicationScoped
public class PurchaseOrderPanacheRepository implements PanacheRepositoryBase<PurchaseOrderEntity, String> {}
