package scot.quads.rubric;

import com.fasterxml.jackson.core.type.TypeReference;

/** A list of short texts (codes, key questions) stored as a JSON array in a text column, read and written whole. */
public class JsonStrings extends JsonList<String> {

    public JsonStrings() {
        super(new TypeReference<>() {
        });
    }
}
