package io.vipgate.application.subscription.port.in;

import java.util.List;

/** One page of {@code /subs}; {@code page} counts from 1. */
public record SubscriberPage(List<SubscriberEntry> entries, int page, int pageCount, long total) {}
