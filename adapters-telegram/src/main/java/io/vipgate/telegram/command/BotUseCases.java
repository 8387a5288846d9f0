package io.vipgate.telegram.command;

import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase;
import io.vipgate.application.gate.port.in.ShowGateStatsUseCase;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase;
import io.vipgate.application.subscription.port.in.ListSubscribersUseCase;
import io.vipgate.application.token.port.in.ListTokensUseCase;
import io.vipgate.application.token.port.in.MintTokenUseCase;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.application.token.port.in.RedeemTokenUseCase;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase;
import io.vipgate.application.freechannel.port.in.SetFreeChannelWaitUseCase;
import io.vipgate.application.stats.port.in.ShowStatsUseCase;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
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
        ExtendAndInformUseCase extend,
        KickAndInformUseCase kick,
        SetFreeChannelWaitUseCase setWait,
        ShowStatsUseCase stats,
        RequestFreeChannelJoinUseCase freeJoin,
        DecideVipJoinRequestUseCase vipJoin,
        StartBroadcastUseCase broadcast,
        CheckVipMemberUseCase vipMember,
        ShowGateStatsUseCase gateStats) {

    public BotUseCases {
        Stream.of(users, admins, redeem, status, inviteLink, mint, tokens, revoke, subscribers, extend, kick, setWait,
                stats, freeJoin, vipJoin, broadcast, vipMember, gateStats).forEach(Objects::requireNonNull);
    }
}
