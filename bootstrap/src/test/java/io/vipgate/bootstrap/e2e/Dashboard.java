package io.vipgate.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in to the running bot's dashboard as Telegram's admin would, and makes requests with that session. */
final class Dashboard {

    static final String COOKIE = "vipgate_admin";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** A signed-in session: the cookie's value and the CSRF token its forms carry. */
    record Session(String cookie, String csrf) {

        RequestSpecification request() {
            return given().redirects().follow(false).cookie(COOKIE, cookie);
        }

        Response get(String path) {
            return request().get(path);
        }

        /** Posts a form with this session's CSRF token and {@code fields} as name, value pairs. */
        Response post(String path, String... fields) {
            RequestSpecification request = request()
                    .contentType("application/x-www-form-urlencoded; charset=utf-8")
                    .formParam("csrf", csrf);
            for (int i = 0; i < fields.length; i += 2) {
                request = request.formParam(fields[i], fields[i + 1]);
            }
            return request.post(path);
        }
    }

    private Dashboard() {}

    /** The {@code /admin} reply's inline keyboard, as Telegram would receive it in the webhook response. */
    static JsonArray keyboard(long adminId) {
        JsonObject reply = Bot.push(FakeUpdates.message(adminId, "en", "/admin"));
        assertThat(reply.getString("method")).isEqualToIgnoringCase("sendMessage");
        return reply.getJsonObject("reply_markup").getJsonArray("inline_keyboard");
    }

    /** The one-time link's secret from a fresh {@code /admin} reply. */
    static String linkToken(long adminId) {
        String url = keyboard(adminId).getJsonArray(1).getJsonObject(0).getString("url");
        String query = URI.create(url).getRawQuery();
        assertThat(query).startsWith("token=");
        return URLDecoder.decode(query.substring("token=".length()), StandardCharsets.UTF_8);
    }

    static Response useLink(String token) {
        return given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("token", token)
                .post("/admin/login");
    }

    /** Signs in with a one-time link, as a browser does, and reads the session's CSRF token off a page. */
    static Session signIn() {
        Response used = useLink(linkToken(Bot.ADMIN));
        assertThat(used.statusCode()).isEqualTo(200);
        String cookie = used.getCookie(COOKIE);
        assertThat(cookie).isNotBlank();
        String page = given().cookie(COOKIE, cookie)
                .get("/admin/subscribers/1")
                .body()
                .asString();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("CSRF token in the page").isTrue();
        return new Session(cookie, csrf.group(1));
    }
}
