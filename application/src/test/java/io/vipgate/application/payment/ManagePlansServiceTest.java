package io.vipgate.application.payment;

import static io.vipgate.application.payment.Shop.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.fakes.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Whether anything is on sale is asked on every /status: remembered, and forgotten when this process changes it. */
class ManagePlansServiceTest {

    final Shop shop = new Shop();

    @Test
    void anyOnSale_isReadOnceWhileRemembered_andAgainAfterTheMemoryRunsOut() {
        assertThat(join(shop.plans.anyOnSale())).isFalse();
        shop.clock.advance(ManagePlansService.ON_SALE_MEMORY.minusSeconds(1));
        assertThat(join(shop.plans.anyOnSale())).isFalse();
        assertThat(shop.store.onSaleAsked).isEqualTo(1);

        shop.clock.advance(Duration.ofSeconds(1));
        assertThat(join(shop.plans.anyOnSale())).isFalse();
        assertThat(shop.store.onSaleAsked).isEqualTo(2);
    }

    @Test
    void creatingOrRetiringAPlanHere_isSeenAtOnce() {
        assertThat(join(shop.plans.anyOnSale())).isFalse();

        var plan = shop.plan("30d", 100);
        assertThat(join(shop.plans.anyOnSale())).isTrue();

        join(shop.plans.retire(Fixtures.ADMIN, plan.id()));
        assertThat(join(shop.plans.anyOnSale())).isFalse();
    }

    @Test
    void aFailedRead_isNotRemembered() {
        shop.store.onSaleFails = true;
        assertThatThrownBy(() -> join(shop.plans.anyOnSale())).hasMessageContaining("database down");

        shop.store.onSaleFails = false;
        shop.plan("30d", 100);
        shop.store.onSaleAsked = 0;
        assertThat(join(shop.plans.anyOnSale())).isTrue();
        assertThat(shop.store.onSaleAsked).isEqualTo(1);
    }
}
