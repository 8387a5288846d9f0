package io.vipgate.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.fake.FakeUpdates;
import org.junit.jupiter.api.Test;

/** {@code chat_member}: the VIP channel's changes reach the gate, read as Telegram meant them; others are ignored. */
class ChatMemberRouterTest {

    private final StubUseCases stubs = new StubUseCases();
    private final UpdateRouter router = Bots.router(stubs);

    private void route(JsonObject update) {
        assertThat(router.route(Bots.update(update)).await().indefinitely())
                .as("never answered in the update")
                .isEmpty();
    }

    @Test
    void aJoinToTheVipChannel_reachesTheGate_withBothStandings() {
        route(FakeUpdates.chatMember(Bots.VIP, 42, 42, "left", "member"));
        route(FakeUpdates.chatMember(Bots.VIP, 43, 43, "kicked", "restricted"));
        route(FakeUpdates.chatMember(Bots.VIP, 1, 44, "administrator", "member"));

        assertThat(stubs.calls)
                .containsExactly(
                        "member 42 LEFT>MEMBER", "member 43 KICKED>RESTRICTED", "member 44 ADMINISTRATOR>MEMBER");
    }

    @Test
    void otherChats_andBots_includingThisOne_areIgnored() {
        route(FakeUpdates.chatMember(Bots.FREE, 42, 42, "left", "member"));
        route(FakeUpdates.chatMember(-100999, 42, 42, "left", "member"));
        JsonObject aboutTheBot = FakeUpdates.chatMember(Bots.VIP, 42, 777000111L, "left", "administrator");
        aboutTheBot
                .getJsonObject("chat_member")
                .getJsonObject("new_chat_member")
                .getJsonObject("user")
                .put("is_bot", true);
        route(aboutTheBot);

        assertThat(stubs.calls).isEmpty();
    }

    @Test
    void missingOptionalFields_neverReadAsSomeoneInside() {
        JsonObject noOldMember = FakeUpdates.chatMember(Bots.VIP, 42, 42, "left", "member");
        noOldMember.getJsonObject("chat_member").remove("old_chat_member");
        route(noOldMember);
        JsonObject restrictedOutside = FakeUpdates.chatMember(Bots.VIP, 43, 43, "left", "restricted");
        restrictedOutside
                .getJsonObject("chat_member")
                .getJsonObject("new_chat_member")
                .remove("is_member");
        route(restrictedOutside);
        JsonObject noNewMember = FakeUpdates.chatMember(Bots.VIP, 44, 44, "left", "member");
        noNewMember.getJsonObject("chat_member").remove("new_chat_member");
        route(noNewMember);

        assertThat(stubs.calls).containsExactly("member 42 LEFT>MEMBER", "member 43 LEFT>LEFT");
    }
}
