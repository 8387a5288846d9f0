package io.vipgate.telegram.command;

import io.vipgate.application.port.in.CheckStatusUseCase;
import io.vipgate.application.port.in.DecideVipJoinRequestUseCase;
import io.vipgate.application.port.in.ExtendSubscriptionUseCase;
import io.vipgate.application.port.in.InformSubscriberUseCase;
import io.vipgate.application.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.port.in.KickSubscriberUseCase;
import io.vipgate.application.port.in.ListSubscribersUseCase;
import io.vipgate.application.port.in.ListTokensUseCase;
import io.vipgate.application.port.in.MintTokenUseCase;
import io.vipgate.application.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.port.in.RecordUserUseCase;
import io.vipgate.application.port.in.RedeemTokenUseCase;
import io.vipgate.application.port.in.RequestFreeChannelJoinUseCase;
import io.vipgate.application.port.in.RevokeTokenUseCase;
import io.vipgate.application.port.in.SetFreeChannelWaitUseCase;
import io.vipgate.application.port.in.ShowStatsUseCase;
import io.vipgate.application.port.in.StartBroadcastUseCase;
import java.util.Objects;
import java.util.stream.Stream;

/** Every use case a Telegram update can drive, handed over in one piece by the wiring. */
public record BotUseCases(
        RecordUserUseCase users,
        RecognizeAdminsUseCase admins,
        RedeemTokenUseCase redeem,
        CheckStatusUseCase status,
        IssueInviteLinkUseCase inviteLink,
        MintTokenUseCase mint,
        ListTokensUseCase tokens,
        RevokeTokenUseCase revoke,
        ListSubscribersUseCase subscribers,
        ExtendSubscriptionUseCase extend,
        KickSubscriberUseCase kick,
        InformSubscriberUseCase inform,
        SetFreeChannelWaitUseCase setWait,
        ShowStatsUseCase stats,
        RequestFreeChannelJoinUseCase freeJoin,
        DecideVipJoinRequestUseCase vipJoin,
        StartBroadcastUseCase broadcast) {

    public BotUseCases {
        Stream.of(users, admins, redeem, status, inviteLink, mint, tokens, revoke, subscribers, extend, kick, inform,
                setWait, stats, freeJoin, vipJoin, broadcast).forEach(Objects::requireNonNull);
    }
}
