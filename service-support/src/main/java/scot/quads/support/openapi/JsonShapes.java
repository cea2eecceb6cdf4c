package scot.quads.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in every service's OpenAPI what its JSON says, where the generated schemas say otherwise:
 * <ul>
 * <li>a field that is not required may be {@code null} (the services write every field of a representation, unknown
 * ones as null, and read null for a field left empty), so every property of a component schema that is not in its
 * {@code required} list is nullable ({@code nullable: true} in OpenAPI 3.0.3); a property that refers to a plain
 * value's schema (a UUID, a date, an enumeration) gets that schema written out, nullable; one that refers to an
 * object's schema is left as it is;</li>
 * <li>a Jackson {@code JsonNode} (an audit entry's before and after, say) is any JSON value, null included, not an
 * object with the node class's getters as properties.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class JsonShapes implements OASFilter {

    static final String JSON_NODE = "JsonNode";
    private static final String REFS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        for (Schema schema : components.values()) {
            nullableUnlessRequired(schema, components);
        }
        if (openAPI.getComponents().getSchemas().containsKey(JSON_NODE)) {
            openAPI.getComponents().addSchema(JSON_NODE, OASFactory.createSchema()
                    .description("Any JSON value, or null")
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                            .addType(Schema.SchemaType.NULL).additionalPropertiesBoolean(Boolean.TRUE))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref("#/components/schemas/" + JSON_NODE)))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NUMBER))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)));
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
    }

    private static void nullableUnlessRequired(Schema schema, Map<String, Schema> components) {
        if (schema == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> property : List.copyOf(properties.entrySet())) {
                Schema value = property.getValue();
                if (value == null) {
                    continue;
                }
                if (!required.contains(property.getKey())) {
                    Schema plain = plainValue(value, components);
                    if (plain != null) {
                        schema.addProperty(property.getKey(), plain);
                        value = plain;
                    }
                    if (value.getRef() == null && value.getType() != null && !value.getType().isEmpty()
                            && !value.getType().contains(Schema.SchemaType.NULL)) {
                        value.addType(Schema.SchemaType.NULL);
                    }
                }
                nullableUnlessRequired(value, components);
            }
        }
        nullableUnlessRequired(schema.getItems(), components);
    }

    /** A copy of the plain value's schema (no properties) a {@code $ref} names, or null when it names none. */
    private static Schema plainValue(Schema value, Map<String, Schema> components) {
        if (value.getRef() == null || !value.getRef().startsWith(REFS)) {
            return null;
        }
        Schema named = components.get(value.getRef().substring(REFS.length()));
        if (named == null || named.getType() == null || named.getType().isEmpty()
                || named.getType().contains(Schema.SchemaType.OBJECT)
                || named.getType().contains(Schema.SchemaType.ARRAY)) {
            return null;
        }
        Schema copy = OASFactory.createSchema().type(new java.util.ArrayList<>(named.getType()))
                .format(named.getFormat()).pattern(named.getPattern()).description(value.getDescription() != null
                        ? value.getDescription() : named.getDescription());
        if (named.getEnumeration() != null) {
            copy.setEnumeration(new java.util.ArrayList<>(named.getEnumeration()));
        }
        if (named.getExamples() != null) {
            copy.setExamples(new java.util.ArrayList<>(named.getExamples()));
        }
        return copy;
    }
}
