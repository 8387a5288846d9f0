package io.vipgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An operator's variable sets its property as if it were the property, in the source it comes from. */
class OperatorVariablesInterceptorTest {

    private static final String PROPERTY = "vipgate.bot.reminder-offsets";
    private static final int APPLICATION_PROPERTIES = 250;
    private static final int ENVIRONMENT = 300;
    private static final int SYSTEM_PROPERTIES = 400;

    @Test
    void withNeitherVariableNorProperty_theMappingsDefaultApplies() {
        assertThat(config().getValue(PROPERTY, String.class)).isEqualTo("3d,1d,1h");
    }

    @Test
    void aVariable_overridesTheDefault() {
        SmallRyeConfig config = config(source(ENVIRONMENT, "REMINDER_OFFSETS", "2d"));

        assertThat(config.getValue(PROPERTY, String.class)).isEqualTo("2d");
    }

    @Test
    void aVariableInTheEnvironment_overridesApplicationProperties() {
        SmallRyeConfig config =
                config(source(APPLICATION_PROPERTIES, PROPERTY, "5d"), source(ENVIRONMENT, "REMINDER_OFFSETS", "2d"));

        assertThat(config.getValue(PROPERTY, String.class)).isEqualTo("2d");
    }

    @Test
    void thePropertySetInAHigherRankedSource_overridesTheVariable() {
        SmallRyeConfig config =
                config(source(SYSTEM_PROPERTIES, PROPERTY, "4h"), source(ENVIRONMENT, "REMINDER_OFFSETS", "2d"));

        assertThat(config.getValue(PROPERTY, String.class)).isEqualTo("4h");
    }

    @Test
    void anEmptyVariable_countsAsUnset() {
        SmallRyeConfig config = config(source(ENVIRONMENT, "REMINDER_OFFSETS", ""));

        assertThat(config.getValue(PROPERTY, String.class)).isEqualTo("3d,1d,1h");
    }

    @Test
    void aProfileLine_isStillFoundForTheProperty() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withProfile("test")
                .withDefaultValue(PROPERTY, "3d,1d,1h")
                .withSources(source(APPLICATION_PROPERTIES, "%test." + PROPERTY, "1h"))
                .withInterceptors(new OperatorVariablesInterceptor())
                .build();

        assertThat(config.getValue(PROPERTY, String.class)).isEqualTo("1h");
    }

    @Test
    void anExpressionNamingTheProperty_seesTheVariable() {
        SmallRyeConfig config = config(
                source(APPLICATION_PROPERTIES, "vipgate.dashboard.bot-token", "${vipgate.telegram.bot-token}"),
                source(ENVIRONMENT, "BOT_TOKEN", "123:abc"));

        assertThat(config.getValue("vipgate.dashboard.bot-token", String.class)).isEqualTo("123:abc");
    }

    @Test
    void everyVariable_setsAPropertyOfItsOwn() {
        assertThat(OperatorVariables.propertyByVariable().values()).doesNotHaveDuplicates();
        OperatorVariables.propertyByVariable()
                .forEach((variable, property) ->
                        assertThat(OperatorVariables.variableOf(property)).hasValue(variable));
    }

    private static SmallRyeConfig config(PropertiesConfigSource... sources) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withDefaultValue(PROPERTY, "3d,1d,1h")
                .withSources(sources)
                .withInterceptors(new OperatorVariablesInterceptor())
                .build();
    }

    private static PropertiesConfigSource source(int ordinal, String name, String value) {
        return new PropertiesConfigSource(Map.of(name, value), "test-" + ordinal, ordinal);
    }
}
