package scot.quads.contract;

import java.util.Objects;

/**
 * One kind of event: its versioned CloudEvents type, the topic it travels on, and the payload record it carries.
 * A change to a payload that old readers could not read is a new type with the next version number.
 */
public record EventType<T>(String name, String topic, Class<T> payload) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        if (!name.matches("quads\\.[a-z-]+\\.[a-z-]+\\.v\\d+")) {
            throw new IllegalArgumentException("Event type must read quads.<aggregate>.<fact>.v<n>: " + name);
        }
    }
}
