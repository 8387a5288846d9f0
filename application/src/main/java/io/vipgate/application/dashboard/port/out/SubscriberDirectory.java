package io.vipgate.application.dashboard.port.out;

import io.vipgate.application.dashboard.port.in.SubscriberHistory;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The users the bot knows with their subscriptions, for the dashboard: searched, paged, exported by key. */
public interface SubscriberDirectory {

    /** Users whose id is {@code userId} or whose username starts with {@code username} (both optional: null). */
    CompletionStage<List<SubscriberRow>> search(Long userId, String username, int offset, int limit);

    CompletionStage<Long> count(Long userId, String username);

    CompletionStage<SubscriberHistory> history(long userId);

    /** Users with a subscription, by id, after {@code userId}. */
    CompletionStage<List<SubscriberRow>> after(long userId, int limit);
}
