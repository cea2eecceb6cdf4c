package scot.quads.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import java.util.List;
import scot.quads.contract.EventCodec;

/** A list of small values stored as a JSON array in a text column, read and written whole; none for null. */
public abstract class JsonList<T> implements AttributeConverter<List<T>, String> {

    private final TypeReference<List<T>> type;

    protected JsonList(TypeReference<List<T>> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        try {
            return EventCodec.mapper().writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list cannot be written as JSON", e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(EventCodec.mapper().readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored list cannot be read", e);
        }
    }
}
