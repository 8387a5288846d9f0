package io.vipgate.application.dashboard;

import io.vipgate.application.dashboard.port.in.BrowseSubscribersUseCase;
import io.vipgate.application.dashboard.port.in.Page;
import io.vipgate.application.dashboard.port.in.SubscriberHistory;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import io.vipgate.application.dashboard.port.out.SubscriberDirectory;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/** Reads the query as an id when it is all digits, otherwise as the start of a username. */
public final class BrowseSubscribersService implements BrowseSubscribersUseCase {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final SubscriberDirectory directory;

    public BrowseSubscribersService(SubscriberDirectory directory) {
        this.directory = directory;
    }

    @Override
    public CompletionStage<Page<SubscriberRow>> search(String query, int page) {
        int wanted = Math.max(1, page);
        String text = query == null ? "" : query.strip();
        Long userId = ID.matcher(text).matches() ? Long.valueOf(text) : null;
        String username = userId != null || text.isEmpty()
                ? null
                : text.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        return directory
                .count(userId, username)
                .thenCompose(total -> directory
                        .search(userId, username, (wanted - 1) * PAGE_SIZE, PAGE_SIZE)
                        .thenApply(rows -> Page.of(rows, wanted, PAGE_SIZE, total)));
    }

    @Override
    public CompletionStage<SubscriberHistory> history(long userId) {
        return directory.history(userId);
    }
}
