package scot.quads.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes and reads events as JSON. Readers ignore fields they do not know, so a producer may add optional fields
 * to a payload without a new version; removing or changing a field needs a new event type.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventCodec() {
    }

    public static <T> CloudEvent event(EventType<T> type, String source, String subject, T payload) {
        return CloudEvent.create(source, type.name(), subject, MAPPER.valueToTree(payload));
    }

    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " cannot be written as JSON", e);
        }
    }

    /** Reads a record's value; a value that is not a CloudEvents 1.0 JSON event is a {@link MalformedEventException}. */
    public static CloudEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("The record has no value");
        }
        CloudEvent event;
        try {
            event = MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException | NullPointerException e) {
            throw new MalformedEventException("The record is not a CloudEvents JSON event: " + e.getMessage());
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new MalformedEventException("Unsupported CloudEvents specversion: " + event.specversion());
        }
        return event;
    }

    /** The event's data as the payload record its type names; a payload that does not fit is malformed. */
    public static <T> T data(CloudEvent event, EventType<T> type) {
        if (!type.name().equals(event.type())) {
            throw new IllegalArgumentException("Event " + event.id() + " is " + event.type() + ", not " + type.name());
        }
        JsonNode data = event.data();
        if (data == null || data.isNull()) {
            throw new MalformedEventException("Event " + event.id() + " of type " + event.type() + " has no data");
        }
        try {
            return MAPPER.treeToValue(data, type.payload());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(
                    "Event " + event.id() + " of type " + event.type() + " has unreadable data: " + e.getMessage());
        }
    }

    /** The shared mapper settings, for code that needs to build payload trees itself. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
