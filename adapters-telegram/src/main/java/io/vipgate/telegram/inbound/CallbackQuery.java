package io.vipgate.telegram.inbound;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A press of one of the bot's inline buttons, with the button's {@code data}. */
@RegisterForReflection
public record CallbackQuery(String id, User from, String data) {}
