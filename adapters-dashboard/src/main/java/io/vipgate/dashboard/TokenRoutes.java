package io.vipgate.dashboard;

import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.token.port.in.ListTokensUseCase;
import io.vipgate.application.token.port.in.MintTokenUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase.RevokeResult;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Invitation tokens: the live ones, minting one (its deep link is shown once, on the page that answers the mint,
 * as the database keeps only its hash) and revoking one by prefix.
 */
@ApplicationScoped
public class TokenRoutes {

    private final ListTokensUseCase tokens;
    private final MintTokenUseCase mint;
    private final RevokeTokenUseCase revoke;
    private final BotLinks links;
    private final Views views;

    TokenRoutes(
            ListTokensUseCase tokens, MintTokenUseCase mint, RevokeTokenUseCase revoke, BotLinks links, Views views) {
        this.tokens = tokens;
        this.mint = mint;
        this.revoke = revoke;
        this.links = links;
        this.views = views;
    }

    void list(RoutingContext context, SignedIn admin) {
        show(context, admin, Map.of("notice", notice(Http.query(context, "done"))));
    }

    void mint(RoutingContext context, SignedIn admin) {
        VipDuration grants;
        int uses;
        try {
            grants = VipDuration.parse(Http.form(context, "duration"));
            uses = Integer.parseInt(Http.form(context, "uses"));
            if (uses < 1 || uses > InvitationToken.MAX_USES_LIMIT) {
                throw new IllegalArgumentException("uses");
            }
        } catch (RuntimeException invalid) {
            views.error(
                    context,
                    400,
                    "Give a duration (" + VipDuration.SYNTAX + ") and from 1 to " + InvitationToken.MAX_USES_LIMIT
                            + " uses.");
            return;
        }
        Guard.then(context, mint.mint(admin.adminId(), grants, uses), minted -> {
            Guard.audit(
                    admin, "mint", "prefix=" + minted.token().prefix() + " grants=" + grants.text() + " uses=" + uses);
            String link = links.start(minted.secret().value())
                    .orElse("/start " + minted.secret().value());
            show(context, admin, Map.of("minted", link, "notice", ""));
        });
    }

    void revoke(RoutingContext context, SignedIn admin) {
        String prefix = Http.form(context, "prefix");
        Guard.then(context, revoke.revoke(admin.adminId(), prefix), result -> {
            String done = switch (result) {
                case RevokeResult.Revoked revoked -> "revoked";
                case RevokeResult.AlreadyRevoked already -> "already";
                case RevokeResult.NotFound none -> "unknown";
                case RevokeResult.Ambiguous ambiguous -> "ambiguous";
            };
            Guard.audit(admin, "revoke", "prefix=" + prefix + " outcome=" + done);
            Http.seeOther(context, "/admin/tokens?done=" + done);
        });
    }

    private void show(RoutingContext context, SignedIn admin, Map<String, Object> data) {
        Guard.then(context, tokens.liveTokens(), live -> {
            Map<String, Object> all = new HashMap<>(data);
            all.put("tokens", live);
            views.page(context, 200, "tokens", "tokens", admin, all);
        });
    }

    private static String notice(String done) {
        return switch (done) {
            case "revoked" -> "Token revoked: it can no longer be redeemed.";
            case "already" -> "That token was revoked already.";
            case "unknown" -> "No token starts with that.";
            case "ambiguous" -> "Several tokens start with that: type more of it.";
            default -> "";
        };
    }
}
