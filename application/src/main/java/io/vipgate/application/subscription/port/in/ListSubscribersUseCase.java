package io.vipgate.application.subscription.port.in;

import java.util.concurrent.CompletionStage;

/** {@code /subs [page]}: active subscribers, a page at a time. */
public interface ListSubscribersUseCase {

    int PAGE_SIZE = 20;

    CompletionStage<SubscriberPage> page(int page);
}
