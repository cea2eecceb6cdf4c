package scot.quads.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import java.util.List;
import scot.quads.contract.EventCodec;

/** A list of short texts (codes, key questions) stored as a JSON array in a text column, read and written whole. */
public class JsonStrings implements AttributeConverter<List<String>, String> {

    private static final TypeReference<List<String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        try {
            return EventCodec.mapper().writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list cannot be written as JSON", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(EventCodec.mapper().readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored list cannot be read", e);
        }
    }
}
