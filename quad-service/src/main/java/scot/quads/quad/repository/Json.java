package scot.quads.quad.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON columns (rubric versions, answers, audit entries, proposals), written and read as they always were: with
 * a plain Jackson mapper of their own (its modules found on the class path), not the one tuned for REST; bound as
 * {@code ?::jsonb}.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private Json() {
    }

    /** The value as a JSON document, or null for SQL NULL. */
    static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored JSON column as " + type.getType(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored JSON column as " + type.getSimpleName(), e);
        }
    }
}
