package io.vipgate.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the database stores instead of a token: 64 lower-case hex digits. */
class TokenHashTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000000000000000000000000000000000000000000000000000000000000000",
                "52fe96eb91c4e3f7dd6eddb86b9264237519786bc9d0c84de49ed0079ca066f3"
            })
    void accepts64LowerCaseHexDigits(String hex) {
        assertThat(new TokenHash(hex).hex()).isEqualTo(hex);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "52FE96EB91C4E3F7DD6EDDB86B9264237519786BC9D0C84DE49ED0079CA066F3",
                "52fe96eb91c4e3f7dd6eddb86b9264237519786bc9d0c84de49ed0079ca066f",
                "52fe96eb91c4e3f7dd6eddb86b9264237519786bc9d0c84de49ed0079ca066f30",
                "g2fe96eb91c4e3f7dd6eddb86b9264237519786bc9d0c84de49ed0079ca066f3"
            })
    void rejectsAnythingElse(String hex) {
        assertThatThrownBy(() -> new TokenHash(hex)).isInstanceOf(IllegalArgumentException.class);
    }
}
