package io.vipgate.bootstrap.health;

import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once Telegram answered {@code getMe} and the transport runs; says which transport and which bot. */
@Readiness
@ApplicationScoped
public class TelegramReadinessCheck implements HealthCheck {

    @Inject
    TelegramStatus status;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("telegram")
                .status(status.ready())
                .withData("mode", status.mode().label())
                .withData("bot", status.botUsername().map(name -> "@" + name).orElse("unknown"))
                .build();
    }
}
