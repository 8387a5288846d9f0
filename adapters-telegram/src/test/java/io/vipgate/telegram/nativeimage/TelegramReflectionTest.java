package io.vipgate.telegram.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.telegram.TelegramAdapters;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;

/**
 * A native image only (de)serialises the Telegram classes registered for reflection. The roots are every Telegram
 * type this module's compiled code names (the Update it receives, each method it sends, each result it reads);
 * from them the graph walk finds everything Jackson may touch, and each of those must be in reflect-config.json.
 * <p>
 * After the code starts using another Telegram type, regenerate the file and commit it:
 * {@code ./mvnw -pl adapters-telegram test -Dtest=TelegramReflectionTest -Dvipgate.reflection.write=true}
 */
class TelegramReflectionTest {

    private static final String REGENERATE = "regenerate with: ./mvnw -pl adapters-telegram test "
            + "-Dtest=TelegramReflectionTest -Dvipgate.reflection.write=true";

    @Test
    void everyTelegramClassTheAppReadsOrWrites_isRegisteredForReflection() {
        SortedSet<String> reachable = reachable();
        if (Boolean.getBoolean("vipgate.reflection.write")) {
            System.out.println("Wrote " + reachable.size() + " classes to " + ReflectConfig.write(reachable));
            return;
        }
        SortedSet<String> missing = new TreeSet<>(reachable);
        missing.removeAll(ReflectConfig.registered());

        assertThat(missing)
                .as("Telegram classes not registered in %s (%s)", ReflectConfig.RESOURCE, REGENERATE)
                .isEmpty();
    }

    @Test
    void registration_holdsNothingTheAppNoLongerReaches() {
        SortedSet<String> stale = new TreeSet<>(ReflectConfig.registered());
        stale.removeAll(reachable());

        assertThat(stale)
                .as("registered but no longer reachable (%s)", REGENERATE)
                .isEmpty();
    }

    @Test
    void walk_findsWhatTheWebhookAndTheClientTouch() {
        SortedSet<String> reachable = reachable();

        assertThat(reachable)
                .contains(
                        "org.telegram.telegrambots.meta.api.objects.message.Message",
                        "org.telegram.telegrambots.meta.api.methods.send.SendMessage$SendMessageBuilderImpl",
                        "org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberBanned",
                        "org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat",
                        "org.telegram.telegrambots.meta.api.objects.ChatInviteLink",
                        "org.telegram.telegrambots.meta.api.objects.ResponseParameters");
    }

    private static SortedSet<String> reachable() {
        Set<String> named = BytecodeReferences.telegramTypesUnder(mainClasses());
        List<Class<?>> roots = new ArrayList<>();
        for (String name : named) {
            roots.add(load(name));
        }
        // Every method's deserializeResponse reads its answer as ApiResponse<result>, a type the code never names.
        roots.add(ApiResponse.class);
        return TelegramTypeGraph.reachableFrom(roots);
    }

    /** This module's compiled main classes: the directory (or jar) that holds {@link TelegramAdapters}. */
    private static Path mainClasses() {
        try {
            return Path.of(TelegramAdapters.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TelegramReflectionTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the code names " + name + ", which is not on the classpath", e);
        }
    }
}
