package scot.quads.rubric.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A question's or quality indicator's {@code derivedFrom} is read as one code or as a list of codes (Jackson's single
 * value as an array: clients that send {@code "derivedFrom": "D1.1.3"} for a split or a rewording keep working), so the
 * OpenAPI says both: {@code oneOf} a code or a list of one to ten codes (or null). The generator cannot write that for
 * a {@code List} field (it writes an array beside any {@code oneOf}), so this filter does, in place of the array it
 * wrote, keeping its limits.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DerivedFromSchema implements OASFilter {

    static final String PROPERTY = "derivedFrom";
    static final List<String> SCHEMAS = List.of("QuestionRequest", "QuestionChangeRequest", "IndicatorRequest",
            "IndicatorChangeRequest");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : SCHEMAS) {
            Schema request = schemas.get(name);
            if (request == null || request.getProperties() == null
                    || !request.getProperties().containsKey(PROPERTY)) {
                continue;
            }
            request.addProperty(PROPERTY, codeOrCodes(request.getProperties().get(PROPERTY)));
        }
    }

    /** One code, or the list the generator described (its items and its most), or null. */
    static Schema codeOrCodes(Schema generated) {
        Schema code = OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(50)
                .pattern("\\S").description("One code: the same as a list of that code alone");
        Schema codes = OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).addType(Schema.SchemaType.NULL)
                .maxItems(generated.getMaxItems() != null ? generated.getMaxItems() : Integer.valueOf(10))
                .items(generated.getItems() != null ? generated.getItems() : code)
                .description("The codes: one for same, reworded or split-from, two or more for merged-from");
        List<Schema> either = new ArrayList<>(List.of(code, codes));
        return OASFactory.createSchema().oneOf(either)
                .description("The earlier version's question(s) or indicator(s) this one descends from, by code:"
                        + " one code (a string) or a list of codes")
                .examples(List.of(List.of("D1.1.2", "D1.1.3")));
    }
}
