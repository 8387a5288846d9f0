package io.vipgate.telegram.command;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.subscription.port.in.ListSubscribersUseCase;
import io.vipgate.application.subscription.port.in.SubscriberEntry;
import io.vipgate.application.subscription.port.in.SubscriberPage;
import io.vipgate.application.token.port.in.ListTokensUseCase;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** {@code /tokens} and {@code /subs}: lists kept well under Telegram's 4096 characters a message. */
public final class AdminLists {

    /** About 80 characters a line, so 30 lines leave room for the header whatever the language. */
    static final int MAX_TOKENS_SHOWN = 30;

    private final ListTokensUseCase tokenList;
    private final ListSubscribersUseCase subscriberList;

    public AdminLists(ListTokensUseCase tokenList, ListSubscribersUseCase subscriberList) {
        this.tokenList = tokenList;
        this.subscriberList = subscriberList;
    }

    Uni<Html> tokens(Caller caller) {
        Messages m = caller.messages();
        return Async.<List<InvitationToken>>uni(() -> tokenList.liveTokens()).map(tokens -> {
            if (tokens.isEmpty()) {
                return m.html(Text.TOKENS_NONE);
            }
            List<Html> lines = new ArrayList<>();
            lines.add(m.html(Text.TOKENS_HEADER, tokens.size()));
            tokens.stream()
                    .limit(MAX_TOKENS_SHOWN)
                    .forEach(token -> lines.add(m.html(
                            Text.TOKENS_LINE,
                            token.prefix(),
                            m.exact(token.grants().value()),
                            token.usesLeft(),
                            m.date(token.validUntil()))));
            if (tokens.size() > MAX_TOKENS_SHOWN) {
                lines.add(m.html(Text.TOKENS_MORE, tokens.size() - MAX_TOKENS_SHOWN));
            }
            return Html.join("\n", lines);
        });
    }

    Uni<Html> subscribers(Caller caller, Command command) {
        int requested = (int) Args.number(command, 0, 1, Integer.MAX_VALUE, 1);
        Messages m = caller.messages();
        return Async.<SubscriberPage>uni(() -> subscriberList.page(requested)).map(page -> {
            if (page.total() == 0) {
                return m.html(Text.SUBS_NONE);
            }
            List<Html> lines = new ArrayList<>();
            lines.add(m.html(Text.SUBS_HEADER, page.total(), page.page(), page.pageCount()));
            int number = (page.page() - 1) * ListSubscribersUseCase.PAGE_SIZE;
            for (SubscriberEntry entry : page.entries()) {
                number++;
                lines.add(m.html(
                        Text.SUBS_LINE,
                        number,
                        name(entry),
                        entry.user().id(),
                        m.date(entry.subscription().expiresAt())));
            }
            return Html.join("\n", lines);
        });
    }

    private static String name(SubscriberEntry entry) {
        String display = entry.user().displayName();
        return entry.user()
                .username()
                .filter(username -> !display.equals("@" + username))
                .map(username -> display + " (@" + username + ")")
                .orElse(display);
    }
}
