package io.vipgate.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Telegram's HTML mode reserves exactly {@code <}, {@code >} and {@code &}. */
class HtmlTest {

    @Test
    void escape_replacesTheReservedCharacters_andKeepsTheRest() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script> ñ 😀"))
                .isEqualTo("&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt; ñ 😀");
    }

    @Test
    void join_keepsMarkupAsIs() {
        assertThat(Html.join("\n", List.of(new Html("<b>a</b>"), Html.text("<b>"))))
                .hasToString("<b>a</b>\n&lt;b&gt;");
    }
}
