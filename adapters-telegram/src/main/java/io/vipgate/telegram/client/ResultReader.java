package io.vipgate.telegram.client;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;

/** How a method's whole answer ({@code {"ok":true,"result":...}}) becomes its result; it throws when it cannot. */
@FunctionalInterface
public interface ResultReader<T> {

    T read(String body) throws Exception;

    /** The method's own telegrambots-meta model of its result. */
    static <T extends Serializable> ResultReader<T> of(PartialBotApiMethod<T> method) {
        return method::deserializeResponse;
    }
}
