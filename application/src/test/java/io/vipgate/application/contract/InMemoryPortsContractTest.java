package io.vipgate.application.contract;

import io.vipgate.application.broadcast.port.out.BroadcastStore;
import io.vipgate.application.dashboard.port.out.DashboardCredentials;
import io.vipgate.application.fakes.InMemoryBroadcastStore;
import io.vipgate.application.fakes.InMemoryDashboardCredentials;
import io.vipgate.application.fakes.InMemoryDueJoinRequests;
import io.vipgate.application.fakes.InMemoryDueSubscriptions;
import io.vipgate.application.fakes.InMemoryImportTarget;
import io.vipgate.application.fakes.InMemoryJoinRequestRepository;
import io.vipgate.application.fakes.InMemorySettingsRepository;
import io.vipgate.application.fakes.InMemorySubscriptionLedger;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.InMemoryUpdateLog;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.freechannel.port.out.DueJoinRequests;
import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.legacyimport.port.out.ImportTarget;
import io.vipgate.application.payment.InMemoryPayments;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.application.payment.port.out.ReconciliationCursor;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.application.update.port.out.UpdateLog;
import io.vipgate.application.user.port.out.UserRepository;
import org.junit.jupiter.api.Nested;

/** The application tests' in-memory fakes keep the same contracts as the PostgreSQL adapters. */
class InMemoryPortsContractTest {

    @Nested
    class Users extends UserRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class Tokens extends TokenRepositoryContract {
        private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();

        @Override
        protected TokenRepository tokens() {
            return tokens;
        }
    }

    @Nested
    class FreeChannel extends FreeChannelStoreContract {
        private final InMemoryJoinRequestRepository requests = new InMemoryJoinRequestRepository();
        private final InMemorySettingsRepository settings = new InMemorySettingsRepository();

        @Override
        protected JoinRequestRepository requests() {
            return requests;
        }

        @Override
        protected SettingsRepository settings() {
            return settings;
        }
    }

    @Nested
    class Dashboard extends DashboardCredentialsContract {
        private final InMemoryDashboardCredentials credentials = new InMemoryDashboardCredentials();

        @Override
        protected DashboardCredentials credentials() {
            return credentials;
        }
    }

    @Nested
    class Subscriptions extends SubscriptionRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
        private final InMemorySubscriptionLedger ledger =
                new InMemorySubscriptionLedger(new InMemoryTokenRepository(), subscriptions);

        @Override
        protected SubscriptionRepository subscriptions() {
            return subscriptions;
        }

        @Override
        protected SubscriptionLedger ledger() {
            return ledger;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class Ledger extends SubscriptionLedgerContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
        private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
        private final InMemorySubscriptionLedger ledger = new InMemorySubscriptionLedger(tokens, subscriptions);
        private final InMemoryDueSubscriptions due = new InMemoryDueSubscriptions(subscriptions, users);

        @Override
        protected SubscriptionLedger ledger() {
            return ledger;
        }

        @Override
        protected SubscriptionRepository subscriptions() {
            return subscriptions;
        }

        @Override
        protected TokenRepository tokens() {
            return tokens;
        }

        @Override
        protected DueSubscriptions due() {
            return due;
        }
    }

    @Nested
    class Payments extends PaymentsContract {
        private final InMemorySubscriptionRepository subscriptions =
                new InMemorySubscriptionRepository(new InMemoryUserRepository());
        private final InMemoryPayments payments = new InMemoryPayments(subscriptions);

        @Override
        protected PlanRepository plans() {
            return payments;
        }

        @Override
        protected OrderBook orders() {
            return payments;
        }

        @Override
        protected PaymentLedger ledger() {
            return payments;
        }

        @Override
        protected ReconciliationCursor cursor() {
            return payments;
        }

        @Override
        protected SubscriptionRepository subscriptions() {
            return subscriptions;
        }
    }

    @Nested
    class Broadcasts extends BroadcastStoreContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
        private final InMemorySubscriptionLedger ledger =
                new InMemorySubscriptionLedger(new InMemoryTokenRepository(), subscriptions);
        private final InMemoryBroadcastStore store = new InMemoryBroadcastStore(subscriptions, users);

        @Override
        protected BroadcastStore store() {
            return store;
        }

        @Override
        protected SubscriptionLedger ledger() {
            return ledger;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class DueSubscriptionClaims extends DueSubscriptionsContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
        private final InMemorySubscriptionLedger ledger =
                new InMemorySubscriptionLedger(new InMemoryTokenRepository(), subscriptions);
        private final InMemoryDueSubscriptions due = new InMemoryDueSubscriptions(subscriptions, users);

        @Override
        protected DueSubscriptions due() {
            return due;
        }

        @Override
        protected SubscriptionLedger ledger() {
            return ledger;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class DueJoinRequestClaims extends DueJoinRequestsContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemoryJoinRequestRepository requests = new InMemoryJoinRequestRepository();
        private final InMemoryDueJoinRequests due = new InMemoryDueJoinRequests(requests, users);

        @Override
        protected DueJoinRequests due() {
            return due;
        }

        @Override
        protected JoinRequestRepository requests() {
            return requests;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class Updates extends UpdateLogContract {
        private final InMemoryUpdateLog log = new InMemoryUpdateLog();

        @Override
        protected UpdateLog log() {
            return log;
        }
    }

    @Nested
    class Imports extends ImportTargetContract {
        private final InMemoryImportTarget target = new InMemoryImportTarget();

        @Override
        protected ImportTarget target() {
            return target;
        }
    }
}
