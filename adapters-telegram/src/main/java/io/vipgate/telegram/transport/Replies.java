package io.vipgate.telegram.transport;

import io.vipgate.telegram.i18n.Html;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;

/** Builds the messages the bot sends: HTML, without link previews, which would bury the text under a card. */
public final class Replies {

    public static final String HTML = "HTML";

    private Replies() {}

    public static SendMessage message(long chatId, Html text) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(text.markup())
                .parseMode(HTML)
                .linkPreviewOptions(
                        LinkPreviewOptions.builder().isDisabled(true).build())
                .build();
    }
}
