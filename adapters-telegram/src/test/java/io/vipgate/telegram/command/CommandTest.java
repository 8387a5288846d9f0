package io.vipgate.telegram.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands as people type them: any case, with or without the bot's @name, with spaces anywhere. */
class CommandTest {

    @Test
    void nameAndArguments_areSplitOnWhitespace() {
        assertThat(Command.parse("/token 30d 5")).contains(new Command("token", List.of("30d", "5")));
        assertThat(Command.parse("  /extend\t42   1w \n")).contains(new Command("extend", List.of("42", "1w")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a", "/a b", "/ a", "/a\t\tb\nc", "/a \u000B b", "/a\fb\rc", "/a\u00A0b", "/x\u2003y  z"})
    void words_areSplitAsTheRegexSplitWould(String text) {
        String[] words = text.strip().substring(1).split("\\s+");

        assertThat(Command.parse(text))
                .contains(new Command(
                        words[0].toLowerCase(java.util.Locale.ROOT),
                        List.of(words).subList(1, words.length)));
    }

    @Test
    void theBotsName_andCapitals_areDropped() {
        assertThat(Command.parse("/Start@vipgate_bot AbCdEf")).contains(new Command("start", List.of("AbCdEf")));
    }

    @Test
    void argumentsKeepTheirCase_sinceTokensAreCaseSensitive() {
        assertThat(Command.parse("/start AbC-_9").orElseThrow().arg(0)).contains("AbC-_9");
    }

    @Test
    void aMissingArgument_isEmpty() {
        assertThat(Command.parse("/kick").orElseThrow().arg(0)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "hello", "/", " / ", "token /start"})
    void textThatIsNoCommand_isNotParsed(String text) {
        assertThat(Command.parse(text)).isEmpty();
    }
}
