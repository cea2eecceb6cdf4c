package scot.quads.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in every service's OpenAPI what its JSON says, where the generated schemas say otherwise:
 * <ul>
 * <li>a field that is not required may be {@code null} (the services write every field of a representation, unknown
 * ones as null, and read null for a field left empty), so every property of a component schema that is not in its
 * {@code required} list is nullable ({@code nullable: true} in OpenAPI 3.0.3); a property that refers to a plain
 * value's schema (a UUID, a date, an enumeration) gets that schema written out, nullable; one that refers to an
 * object's schema refers to its nullable twin; a map's plain values may be null too (an indicator with no value for a
 * council, say);</li>
 * <li>a Jackson {@code JsonNode} (an audit entry's before and after, say) is any JSON value, null included, not an
 * object with the node class's getters as properties;</li>
 * <li>a pattern (from Bean Validation's {@code @Pattern}, which must match the whole value) is written anchored,
 * {@code ^(?:...)$}, since a JSON Schema pattern matches anywhere in the value; the patterns themselves are written
 * in the syntax both Java and ECMA 262 read (no inline flags such as {@code (?s)}).</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class JsonShapes implements OASFilter {

    static final String JSON_NODE = "JsonNode";
    private static final String REFS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        anchorPatterns(openAPI);
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
        nullableObjects(openAPI.getComponents());
    }

    private static void anchorPatterns(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> anchorPatterns(schema, seen));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                if (item.getOperations() == null) {
                    continue;
                }
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> anchorPatterns(parameter.getSchema(), seen));
                    }
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                            && operation.getRequestBody().getContent().getMediaTypes() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values()
                                .forEach(type -> anchorPatterns(type.getSchema(), seen));
                    }
                }
            }
        }
    }

    /**
     * Bean Validation matches a pattern against the whole value; JSON Schema anywhere in it, unless anchored. The
     * pattern the generator writes for {@code @NotBlank}, {@code \S} (something other than white space, anywhere),
     * is already meant to match anywhere.
     */
    static String anchored(String pattern) {
        return pattern.startsWith("^") && pattern.endsWith("$") || NOT_BLANK.equals(pattern) ? pattern
                : "^(?:" + pattern + ")$";
    }

    private static final String NOT_BLANK = "\\S";

    private static void anchorPatterns(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getPattern() != null) {
            schema.setPattern(anchored(schema.getPattern()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> anchorPatterns(property, seen));
        }
        anchorPatterns(schema.getItems(), seen);
        anchorPatterns(schema.getAdditionalPropertiesSchema(), seen);
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(member -> anchorPatterns(member, seen));
            }
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
                Schema entries = value.getAdditionalPropertiesSchema();
                if (entries != null && entries.getRef() == null && entries.getType() != null
                        && !entries.getType().isEmpty() && !entries.getType().contains(Schema.SchemaType.NULL)) {
                    entries.addType(Schema.SchemaType.NULL);
                }
                nullableUnlessRequired(value, components);
            }
        }
        nullableUnlessRequired(schema.getItems(), components);
    }

    /**
     * A property that is not required and refers to an object's schema may be null too. OpenAPI 3.0 cannot say so
     * beside a {@code $ref}, so the property refers to a second schema, {@code NullableX}: X's own type and
     * properties (the same ones), with null allowed. The references are rewritten first, by name, so that a nullable
     * copy holds the rewritten properties of what it copies, however deep the objects nest.
     */
    private static void nullableObjects(Components all) {
        Map<String, Schema> components = all.getSchemas();
        Set<String> wanted = new java.util.TreeSet<>();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Schema schema : List.copyOf(components.values())) {
            refersNullable(schema, components, wanted, seen);
        }
        for (String name : wanted) {
            Schema named = components.get(name);
            Schema copy = OASFactory.createSchema().type(new java.util.ArrayList<>(named.getType()))
                    .title(named.getTitle()).description(named.getDescription() != null
                            ? named.getDescription() + " (or null)" : "A " + name + ", or null");
            copy.addType(Schema.SchemaType.NULL);
            if (named.getProperties() != null) {
                copy.setProperties(new java.util.LinkedHashMap<>(named.getProperties()));
            }
            if (named.getRequired() != null) {
                copy.setRequired(new java.util.ArrayList<>(named.getRequired()));
            }
            copy.setAdditionalPropertiesSchema(named.getAdditionalPropertiesSchema());
            copy.setAdditionalPropertiesBoolean(named.getAdditionalPropertiesBoolean());
            all.addSchema(NULLABLE + name, copy);
        }
    }

    static final String NULLABLE = "Nullable";

    private static void refersNullable(Schema schema, Map<String, Schema> components, Set<String> wanted,
            Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Schema value = property.getValue();
                if (value == null) {
                    continue;
                }
                String name = objectNamed(value, components);
                if (name != null && !required.contains(property.getKey())) {
                    value.setRef(REFS + NULLABLE + name);
                    wanted.add(name);
                } else {
                    refersNullable(value, components, wanted, seen);
                }
            }
        }
        refersNullable(schema.getItems(), components, wanted, seen);
    }

    /** The name of the object's schema a {@code $ref} names, or null when it names none. */
    private static String objectNamed(Schema value, Map<String, Schema> components) {
        if (value.getRef() == null || !value.getRef().startsWith(REFS)) {
            return null;
        }
        String name = value.getRef().substring(REFS.length());
        Schema named = components.get(name);
        return named != null && named.getType() != null && named.getType().contains(Schema.SchemaType.OBJECT)
                && !named.getType().contains(Schema.SchemaType.NULL) ? name : null;
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
