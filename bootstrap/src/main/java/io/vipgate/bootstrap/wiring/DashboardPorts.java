package io.vipgate.bootstrap.wiring;

import io.vipgate.application.dashboard.port.out.BroadcastHistory;
import io.vipgate.application.dashboard.port.out.DashboardCredentials;
import io.vipgate.application.dashboard.port.out.DashboardFigures;
import io.vipgate.application.dashboard.port.out.PaymentRecords;
import io.vipgate.application.dashboard.port.out.SubscriberDirectory;
import io.vipgate.persistence.broadcast.PostgresBroadcastHistoryAdapter;
import io.vipgate.persistence.dashboard.PostgresDashboardCredentialsAdapter;
import io.vipgate.persistence.dashboard.PostgresDashboardFiguresAdapter;
import io.vipgate.persistence.payment.PostgresPaymentRecordsAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriberDirectoryAdapter;
import jakarta.inject.Singleton;

/**
 * The dashboard's out-ports, beside {@link OutPorts}: straight from PostgreSQL, since an admin acting on what the
 * dashboard shows must see the last commit, and nothing here is read often enough to be worth caching.
 */
@Singleton
public class DashboardPorts {

    private final DashboardCredentials credentials;
    private final DashboardFigures figures;
    private final SubscriberDirectory subscribers;
    private final PaymentRecords payments;
    private final BroadcastHistory broadcasts;

    DashboardPorts(
            PostgresDashboardCredentialsAdapter credentials,
            PostgresDashboardFiguresAdapter figures,
            PostgresSubscriberDirectoryAdapter subscribers,
            PostgresPaymentRecordsAdapter payments,
            PostgresBroadcastHistoryAdapter broadcasts) {
        this.credentials = credentials;
        this.figures = figures;
        this.subscribers = subscribers;
        this.payments = payments;
        this.broadcasts = broadcasts;
    }

    public DashboardCredentials credentials() {
        return credentials;
    }

    public DashboardFigures figures() {
        return figures;
    }

    public SubscriberDirectory subscribers() {
        return subscribers;
    }

    public PaymentRecords payments() {
        return payments;
    }

    public BroadcastHistory broadcasts() {
        return broadcasts;
    }
}
