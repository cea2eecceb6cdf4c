package scot.quads.support.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.MalformedEventException;

/**
 * Sends each event to the handler for its type. A type the platform has never defined is malformed (dead-letter);
 * a defined type that this consumer has no handler for is skipped, since topics carry every event of an aggregate.
 */
public final class EventRouter {

    private final Map<String, BiConsumer<CloudEvent, Object>> handlers;

    private EventRouter(Map<String, BiConsumer<CloudEvent, Object>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns whether a handler took the event. */
    public boolean dispatch(CloudEvent event) {
        EventType<?> type = Events.byName(event.type())
                .orElseThrow(() -> new MalformedEventException("Unknown event type " + event.type()));
        BiConsumer<CloudEvent, Object> handler = handlers.get(type.name());
        if (handler == null) {
            return false;
        }
        handler.accept(event, EventCodec.data(event, type));
        return true;
    }

    public static final class Builder {
        private final Map<String, BiConsumer<CloudEvent, Object>> handlers = new HashMap<>();

        public <T> Builder on(EventType<T> type, BiConsumer<CloudEvent, T> handler) {
            handlers.put(type.name(), (event, payload) -> handler.accept(event, type.payload().cast(payload)));
            return this;
        }

        public EventRouter build() {
            return new EventRouter(handlers);
        }
    }
}
