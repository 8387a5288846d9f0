package io.vipgate.bootstrap.wiring;

import io.vipgate.application.dashboard.BrowseSubscribersService;
import io.vipgate.application.dashboard.ExportRowsService;
import io.vipgate.application.dashboard.ListBroadcastsService;
import io.vipgate.application.dashboard.ListPaymentsService;
import io.vipgate.application.dashboard.ShowOverviewService;
import io.vipgate.application.dashboard.SignInService;
import io.vipgate.application.dashboard.port.in.BrowseSubscribersUseCase;
import io.vipgate.application.dashboard.port.in.ExportRowsUseCase;
import io.vipgate.application.dashboard.port.in.ListBroadcastsUseCase;
import io.vipgate.application.dashboard.port.in.ListPaymentsUseCase;
import io.vipgate.application.dashboard.port.in.ShowOverviewUseCase;
import io.vipgate.application.dashboard.port.in.SignInUseCase;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.dashboard.BotLinks;
import io.vipgate.telegram.TelegramConfig;
import io.vipgate.telegram.command.AdminDashboard;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the dashboard's use cases, and the {@code /admin} command that leads to it. */
public class DashboardWiring {

    @Produces
    @Singleton
    SignInUseCase signIn(DashboardPorts ports, RecognizeAdminsUseCase admins, SecureRandom random, Clock clock) {
        return new SignInService(ports.credentials(), admins, random, clock);
    }

    @Produces
    @Singleton
    ShowOverviewUseCase showOverview(DashboardPorts ports, Clock clock) {
        return new ShowOverviewService(ports.figures(), clock);
    }

    @Produces
    @Singleton
    BrowseSubscribersUseCase browseSubscribers(DashboardPorts ports) {
        return new BrowseSubscribersService(ports.subscribers());
    }

    @Produces
    @Singleton
    ListPaymentsUseCase listPayments(DashboardPorts ports) {
        return new ListPaymentsService(ports.payments());
    }

    @Produces
    @Singleton
    ListBroadcastsUseCase listBroadcasts(DashboardPorts ports) {
        return new ListBroadcastsService(ports.broadcasts());
    }

    /** The bot's username is known once getMe answered at start; deep links wait for it. */
    @Produces
    @Singleton
    BotLinks botLinks(TelegramStatus status) {
        return new BotLinks(status::botUsername);
    }

    @Produces
    @Singleton
    ExportRowsUseCase exportRows(DashboardPorts ports) {
        return new ExportRowsService(ports.subscribers(), ports.payments());
    }

    /**
     * The dashboard is on the public port: under PUBLIC_URL in webhook mode (Railway's domain is a bare host), on
     * localhost in polling mode, where it is for local use and Telegram cannot open it as a Mini App (https only).
     */
    @Produces
    @Singleton
    AdminDashboard adminDashboard(
            SignInUseCase signIn, TelegramConfig config, @ConfigProperty(name = "quarkus.http.port") int port) {
        String base = config.publicUrl()
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> url.contains("://") ? url : "https://" + url)
                .orElse("http://localhost:" + port);
        return new AdminDashboard(signIn, base.replaceAll("/+$", "") + "/admin/");
    }
}
