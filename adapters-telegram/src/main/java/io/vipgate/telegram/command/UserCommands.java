package io.vipgate.telegram.command;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase.LinkResult;
import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.application.subscription.port.in.VipStatus;
import io.vipgate.application.token.port.in.RedeemTokenUseCase;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** What every user may ask: {@code /start [token]}, {@code /status}, {@code /link}, {@code /help}. */
public final class UserCommands {

    private final RedeemTokenUseCase redemption;
    private final CheckStatusUseCase vipStatus;
    private final IssueInviteLinkUseCase inviteLinks;

    public UserCommands(
            RedeemTokenUseCase redemption, CheckStatusUseCase vipStatus, IssueInviteLinkUseCase inviteLinks) {
        this.redemption = redemption;
        this.vipStatus = vipStatus;
        this.inviteLinks = inviteLinks;
    }

    Uni<Html> start(Caller caller, Command command) {
        if (command.arg(0).isPresent()) {
            return Async.<RedemptionOutcome>uni(() -> redemption.redeem(
                            caller.id(),
                            caller.user().displayName(),
                            command.args().getFirst()))
                    .map(outcome -> redemption(caller.messages(), outcome));
        }
        Messages m = caller.messages();
        return status(caller)
                .map(status -> Html.join(
                        "\n\n",
                        List.of(
                                m.html(
                                        Text.WELCOME,
                                        caller.user().firstName().isBlank()
                                                ? caller.user().displayName()
                                                : caller.user().firstName()),
                                status,
                                m.html(Text.HELP_HINT))));
    }

    Uni<Html> status(Caller caller) {
        Messages m = caller.messages();
        return Async.<VipStatus>uni(() -> vipStatus.status(caller.id())).map(status -> switch (status) {
            case VipStatus.Active active -> m.html(Text.STATUS_ACTIVE, m.date(active.expiresAt()));
            case VipStatus.Ended ended ->
                m.html(ended.revoked() ? Text.STATUS_REVOKED : Text.STATUS_EXPIRED, m.date(ended.endedAt()));
            case VipStatus.NeverSubscribed none -> m.html(Text.STATUS_NONE);
        });
    }

    Uni<Html> link(Caller caller) {
        Messages m = caller.messages();
        return Async.<LinkResult>uni(
                        () -> inviteLinks.issue(caller.id(), caller.user().displayName()))
                .map(result -> switch (result) {
                    case LinkResult.Issued issued -> inviteLink(m, issued.link());
                    case LinkResult.NotActive notActive -> m.html(Text.LINK_NOT_ACTIVE);
                });
    }

    /** The commands this caller may use, admins' own listed after everyone's. */
    static Html help(Caller caller) {
        Messages m = caller.messages();
        List<Html> lines = new ArrayList<>();
        lines.add(m.html(Text.HELP_USER));
        CommandSpec.available(false).forEach(spec -> lines.add(helpLine(m, spec)));
        if (caller.admin()) {
            lines.add(new Html(""));
            lines.add(m.html(Text.HELP_ADMIN));
            CommandSpec.available(true).stream()
                    .filter(CommandSpec::adminOnly)
                    .forEach(spec -> lines.add(helpLine(m, spec)));
        }
        return Html.join("\n", lines);
    }

    private static Html helpLine(Messages m, CommandSpec spec) {
        Html syntax = spec.syntax().map(m::html).orElseGet(() -> new Html("/" + spec.command()));
        return new Html(syntax.markup() + " · " + m.html(spec.description()).markup());
    }

    static Html inviteLink(Messages m, InviteLink link) {
        return m.html(Text.LINK_ISSUED, m.date(link.expiresAt()), link.url());
    }

    static Html redemption(Messages m, RedemptionOutcome outcome) {
        return switch (outcome) {
            case RedemptionOutcome.Redeemed redeemed ->
                Html.join(
                        "\n\n",
                        List.of(
                                m.html(
                                        redeemed.stacked() ? Text.REDEEMED_STACKED : Text.REDEEMED,
                                        m.date(redeemed.subscription().expiresAt())),
                                redeemed.inviteLink()
                                        .map(link -> inviteLink(m, link))
                                        .orElseGet(() -> m.html(Text.REDEEMED_NO_LINK))));
            case RedemptionOutcome.AlreadyRedeemed again ->
                Html.join(
                        "\n\n",
                        List.of(
                                m.html(
                                        Text.ALREADY_REDEEMED,
                                        m.date(again.subscription().expiresAt())),
                                again.inviteLink()
                                        .map(link -> inviteLink(m, link))
                                        .orElseGet(() -> m.html(Text.REDEEMED_NO_LINK))));
            case RedemptionOutcome.UnknownToken unknown -> m.html(Text.TOKEN_UNKNOWN);
            case RedemptionOutcome.ExpiredToken expired -> m.html(Text.TOKEN_EXPIRED);
            case RedemptionOutcome.RevokedToken revoked -> m.html(Text.TOKEN_REVOKED);
            case RedemptionOutcome.UsedUpToken usedUp -> m.html(Text.TOKEN_USED_UP);
            case RedemptionOutcome.TooManyAttempts tooMany ->
                m.html(Text.TOO_MANY_ATTEMPTS, m.about(tooMany.retryAfter()));
        };
    }
}
