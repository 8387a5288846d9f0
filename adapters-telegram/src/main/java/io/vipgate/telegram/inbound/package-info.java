/**
 * What Telegram sends the bot, read into small records holding only the fields the bot uses: an update is parsed
 * on every request, and the full telegrambots-meta model cost a tenth of an update's CPU and half a second of the
 * start (its deserialisers). Unknown fields are ignored, so new Bot API fields never turn an update into a 400.
 */
package io.vipgate.telegram.inbound;
