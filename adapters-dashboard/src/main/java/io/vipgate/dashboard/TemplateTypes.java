package io.vipgate.dashboard;

import io.quarkus.qute.TemplateData;
import io.vipgate.application.dashboard.port.in.BroadcastRow;
import io.vipgate.application.dashboard.port.in.Overview;
import io.vipgate.application.dashboard.port.in.Page;
import io.vipgate.application.dashboard.port.in.PaymentRow;
import io.vipgate.application.dashboard.port.in.SubscriberHistory;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import io.vipgate.application.payment.port.out.PlanSales;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.Stars;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import java.util.Optional;

/**
 * The types the templates read, for which Qute generates value resolvers at build time: no reflection at run time,
 * so the pages render the same in a native executable. The application's records stay free of Qute.
 */
@TemplateData(target = Overview.class)
@TemplateData(target = Page.class)
@TemplateData(target = SubscriberRow.class)
@TemplateData(target = SubscriberHistory.class)
@TemplateData(target = SubscriberHistory.Line.class)
@TemplateData(target = PaymentRow.class)
@TemplateData(target = BroadcastRow.class)
@TemplateData(target = InvitationToken.class)
@TemplateData(target = VipDuration.class)
@TemplateData(target = PlanSales.class)
@TemplateData(target = Plan.class)
@TemplateData(target = PlanTerm.OneTime.class)
@TemplateData(target = Stars.class)
@TemplateData(target = Optional.class)
final class TemplateTypes {

    private TemplateTypes() {}
}
