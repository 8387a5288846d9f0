package io.vipgate.application.dashboard.port.in;

import java.util.concurrent.CompletionStage;

/** The dashboard's subscribers: searched by id or username, a page at a time, and one subscriber's history. */
public interface BrowseSubscribersUseCase {

    int PAGE_SIZE = 25;

    /** {@code query} is a user id, a username (with or without {@code @}), or blank for everyone; {@code page} ≥ 1. */
    CompletionStage<Page<SubscriberRow>> search(String query, int page);

    CompletionStage<SubscriberHistory> history(long userId);
}
