package io.vipgate.telegram.i18n;

/**
 * One language's wording: Telegram HTML templates with {@code {0}}-style placeholders. Implementations answer
 * with an exhaustive {@code switch}, so a text missing in one language does not compile.
 */
interface Catalog {

    String template(Text text);
}
