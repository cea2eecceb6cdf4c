package scot.quads.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** What the OpenAPI says a service's JSON may hold, where the generated schemas say less than the truth. */
class JsonShapesTest {

    @Test
    void anOptionalObjectFieldMayBeNullAndStillNamesItsShape() {
        OpenAPI openAPI = document();

        new JsonShapes().filterOpenAPI(openAPI);

        Schema evaluation = openAPI.getComponents().getSchemas().get("Evaluation");
        assertThat(evaluation.getProperties().get("answer").getRef())
                .isEqualTo("#/components/schemas/NullableAnswer");
        Schema nullable = openAPI.getComponents().getSchemas().get("NullableAnswer");
        assertThat(nullable.getType()).contains(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL);
        assertThat(nullable.getProperties()).containsKey("level");
        // The required object field is not made nullable, nor is the schema it names.
        assertThat(evaluation.getProperties().get("council").getRef()).isEqualTo("#/components/schemas/Answer");
        assertThat(openAPI.getComponents().getSchemas().get("Answer").getType())
                .doesNotContain(Schema.SchemaType.NULL);
    }

    @Test
    void aMapsPlainValuesMayBeNull() {
        OpenAPI openAPI = document();

        new JsonShapes().filterOpenAPI(openAPI);

        Schema values = openAPI.getComponents().getSchemas().get("Evaluation").getProperties().get("values");
        assertThat(values.getAdditionalPropertiesSchema().getType()).contains(Schema.SchemaType.NULL);
    }

    @Test
    void aPatternMatchesTheWholeValueAsBeanValidationDoes() {
        OpenAPI openAPI = document();

        new JsonShapes().filterOpenAPI(openAPI);

        Schema status = openAPI.getComponents().getSchemas().get("Answer").getProperties().get("status");
        assertThat(status.getPattern()).isEqualTo("^(?:open|done)$");
        Parameter limit = openAPI.getPaths().getPathItem("/things").getGET().getParameters().get(0);
        assertThat(limit.getSchema().getPattern()).isEqualTo("^(?:[1-9][0-9]?)$");
        // @NotBlank's pattern means "something other than white space, anywhere", and stays so.
        assertThat(openAPI.getComponents().getSchemas().get("Answer").getProperties().get("note").getPattern())
                .isEqualTo("\\S");
        assertThat(JsonShapes.anchored("^(?:x)$")).isEqualTo("^(?:x)$");
    }

    private static OpenAPI document() {
        Schema answer = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("level", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .pattern("open|done"))
                .addProperty("note", OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("\\S"));
        Schema evaluation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("answer", OASFactory.createSchema().ref("#/components/schemas/Answer"))
                .addProperty("council", OASFactory.createSchema().ref("#/components/schemas/Answer"))
                .addProperty("values", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.NUMBER)))
                .required(List.of("council"));
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("Answer", answer)
                        .addSchema("Evaluation", evaluation))
                .paths(OASFactory.createPaths().addPathItem("/things", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().addParameter(OASFactory.createParameter().name("limit")
                                .in(Parameter.In.QUERY).schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING).pattern("[1-9][0-9]?"))))));
    }
}
