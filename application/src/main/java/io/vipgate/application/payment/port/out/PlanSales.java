package io.vipgate.application.payment.port.out;

import io.vipgate.domain.payment.Plan;

/** A plan and the payments it has brought in, for the admins' view of {@code /plans}. */
public record PlanSales(Plan plan, long sold) {}
