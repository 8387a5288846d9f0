package io.vipgate.telegram;

import io.vipgate.telegram.transport.TelegramLauncher;
import io.vipgate.telegram.transport.TelegramStatus;
import io.vipgate.telegram.transport.WebhookEndpoint;

/** The assembled Telegram side: its status for readiness, the webhook's logic, and the launcher that runs it all. */
public record TelegramBot(TelegramStatus status, WebhookEndpoint webhook, TelegramLauncher launcher) {}
