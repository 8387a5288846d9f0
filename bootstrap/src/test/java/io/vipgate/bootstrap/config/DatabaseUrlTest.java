package io.vipgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Railway's and Heroku's DATABASE_URL shapes become JDBC and reactive settings. */
class DatabaseUrlTest {

    @Test
    void railwayUrl_givesJdbcAndReactiveUrlsAndCredentials() {
        DatabaseUrl url =
                DatabaseUrl.parse("postgresql://postgres:s3cret@containers-us-west-1.railway.app:6543/railway");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://containers-us-west-1.railway.app:6543/railway");
        assertThat(url.reactiveUrl()).isEqualTo("postgresql://containers-us-west-1.railway.app:6543/railway");
        assertThat(url.user()).contains("postgres");
        assertThat(url.password()).contains("s3cret");
    }

    @Test
    void postgresScheme_andMissingPort_defaultTo5432() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@db.example.com/app");

        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/app");
    }

    @Test
    void sslMode_isCarriedToBothUrls() {
        DatabaseUrl url =
                DatabaseUrl.parse("postgresql://u:p@db.example.com:5432/app?sslmode=require&application_name=x");

        assertThat(url.sslMode()).contains("require");
        assertThat(url.jdbcUrl()).endsWith("/app?sslmode=require");
        assertThat(url.reactiveUrl()).endsWith("/app?sslmode=require");
    }

    @Test
    void percentEncodedPassword_isDecoded_withAtColonSlashAndPlus() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://vip%40user:p%40ss%3Aw%2Frd+1@localhost:5432/db");

        assertThat(url.user()).contains("vip@user");
        assertThat(url.password()).contains("p@ss:w/rd+1");
    }

    @Test
    void urlWithoutCredentials_leavesThemEmpty() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://localhost/db");

        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEqualTo(Optional.empty());
    }

    @Test
    void safeDescription_neverShowsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://u:topsecret@h:1/d").safeDescription())
                .isEqualTo("h:1/d")
                .doesNotContain("topsecret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mysql://u:p@h/db", "postgresql://u:p@h:5432", "postgresql:///db", "not a url at all"})
    void malformedUrls_areRejected(String text) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void environmentSource_translatesDatabaseAndRedisUrls() {
        var properties = EnvironmentConfigSource.translate(name -> switch (name) {
            case "DATABASE_URL" -> Optional.of("postgresql://u:p%2Fq@h:5433/d");
            case "REDIS_URL" -> Optional.of("rediss://default:pw@r:6380");
            default -> Optional.empty();
        });

        assertThat(properties)
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://h:5433/d")
                .containsEntry("quarkus.datasource.reactive.url", "postgresql://h:5433/d")
                .containsEntry("quarkus.datasource.username", "u")
                .containsEntry("quarkus.datasource.password", "p/q")
                .containsEntry("quarkus.redis.hosts", "rediss://default:pw@r:6380");
    }

    @Test
    void environmentSource_withNothingSet_addsNothing() {
        assertThat(EnvironmentConfigSource.translate(name -> Optional.empty())).isEmpty();
    }
}
