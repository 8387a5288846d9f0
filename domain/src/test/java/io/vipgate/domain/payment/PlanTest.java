package io.vipgate.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.domain.time.InvalidDurationException;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plans as an admin types them: price bounds, duration or monthly, titles. */
class PlanTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "10001", "-5", "12.5", "abc", "", "9999999"})
    void aPriceOutside1To10000_isRejected(String text) {
        assertThatThrownBy(() -> Stars.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBoundsThemselves_areAccepted() {
        assertThat(Stars.parse("1").amount()).isEqualTo(1);
        assertThat(Stars.parse("10000").amount()).isEqualTo(10_000);
    }

    @Test
    void monthly_isASubscriptionOf30Days() {
        assertThat(PlanTerm.parse("Monthly")).isInstanceOf(PlanTerm.Monthly.class);
        assertThat(PlanTerm.parse("monthly").period()).isEqualTo(Duration.ofSeconds(2_592_000));
    }

    @Test
    void aDuration_isSoldOnce() {
        assertThat(PlanTerm.parse("30d")).isEqualTo(new PlanTerm.OneTime(VipDuration.ofDays(30)));
    }

    @Test
    void aBadDuration_isRejectedWithTheSyntax() {
        assertThatThrownBy(() -> PlanTerm.parse("30x")).isInstanceOf(InvalidDurationException.class);
        assertThatThrownBy(() -> PlanTerm.parse("month")).isInstanceOf(InvalidDurationException.class);
    }

    @Test
    void aTitle_isTrimmed_andHas1To32Characters() {
        Plan plan = new Plan(1, "  Gold month ", new Stars(250), PlanTerm.parse("30d"), true);
        assertThat(plan.title()).isEqualTo("Gold month");
        assertThatThrownBy(() -> Plan.checkedTitle("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Plan.checkedTitle("x".repeat(33))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Plan.checkedTitle("⭐".repeat(32))).hasSize(32);
    }
}
