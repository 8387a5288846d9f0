package io.vipgate.bootstrap.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Resolves a property from the operator's variable ({@link OperatorVariables}) as if the variable were the property
 * set in the same place: whichever of the two comes from the higher-ranked source wins, so REMINDER_OFFSETS in the
 * environment or {@code .env} overrides application.properties, an explicit {@code -Dvipgate.bot.reminder-offsets}
 * overrides REMINDER_OFFSETS, and with neither the mapping's {@code @WithDefault} applies. Registered for Quarkus in
 * META-INF/services and for the checks before it by {@link StartupConfig}. An empty variable (a
 * {@code PUBLIC_URL=} line copied from .env.example) counts as unset.
 */
@Priority(OperatorVariablesInterceptor.PRIORITY)
public class OperatorVariablesInterceptor implements ConfigSourceInterceptor {

    /**
     * Between SmallRye's expression interceptor (3300, nearer the caller) and its profile interceptor (3200): an
     * expression such as {@code ${vipgate.telegram.bot-token}} is resolved through this one, and this one finds a
     * {@code %test.} line for the property.
     */
    static final int PRIORITY = Priorities.LIBRARY + 250;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue property = context.proceed(name);
        return OperatorVariables.variableOf(name)
                .map(context::proceed)
                .filter(variable ->
                        variable.getValue() != null && !variable.getValue().isEmpty())
                .filter(variable ->
                        property == null || variable.getConfigSourceOrdinal() > property.getConfigSourceOrdinal())
                .map(variable -> variable.withName(name))
                .orElse(property);
    }
}
