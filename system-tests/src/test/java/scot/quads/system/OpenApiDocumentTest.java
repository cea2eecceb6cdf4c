package scot.quads.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule every service's request bodies are held to: an example Swagger UI can show, which the document accepts. */
class OpenApiDocumentTest {

    private static String document(String body) {
        return """
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                 "paths": {"/things": {"post": {"requestBody": {"content": %s},
                   "responses": {"201": {"description": "Created"}}}}},
                 "components": {"schemas": {"Thing": {"type": "object", "required": ["name"],
                   "properties": {"name": {"type": "string", "maxLength": 5}, "size": {"type": "integer"}}%s}}}}
                """.formatted(body, "");
    }

    @Test
    void aBodyWithoutAnExampleIsNamed() {
        OpenApiDocument openApi = new OpenApiDocument(document(
                "{\"application/json\": {\"schema\": {\"$ref\": \"#/components/schemas/Thing\"}}}"));

        assertThat(openApi.requestBodyExampleProblems())
                .containsExactly("POST /things (application/json): no example of its request body");
    }

    @Test
    void anExampleTheSchemaRefusesIsNamedAndOneItAcceptsPasses() {
        OpenApiDocument refused = new OpenApiDocument(document("{\"application/json\": {\"schema\": "
                + "{\"$ref\": \"#/components/schemas/Thing\"}, \"example\": {\"name\": \"far too long\", \"size\": \"big\"}}}"));
        OpenApiDocument accepted = new OpenApiDocument(document("{\"application/json\": {\"schema\": "
                + "{\"$ref\": \"#/components/schemas/Thing\"}, \"example\": {\"name\": \"Ok\", \"size\": 3}}}"));

        assertThat(refused.requestBodyExampleProblems()).isNotEmpty()
                .allMatch(problem -> problem.startsWith("POST /things (application/json): its example"));
        assertThat(accepted.requestBodyExampleProblems()).isEmpty();
    }

    @Test
    void aFileOrAnUploadNeedsNoExampleButATextBodyDoes() {
        OpenApiDocument openApi = new OpenApiDocument(document("""
                {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                    "file": {"type": "string", "format": "binary"}, "title": {"type": "string"}}}},
                 "text/csv": {"schema": {"type": "string"}}}"""));

        assertThat(openApi.requestBodyExampleProblems())
                .containsExactly("POST /things (text/csv): no example of its request body");
    }

    @Test
    void anOptionalQueryParameterSentEmptyIsTakenAsAbsentAndARequiredOneIsNot() {
        OpenApiDocument openApi = new OpenApiDocument("""
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                 "paths": {"/reports": {"get": {"parameters": [
                    {"name": "year", "in": "query", "allowEmptyValue": true,
                     "schema": {"type": "integer", "minimum": 2000}},
                    {"name": "council", "in": "query", "required": true, "schema": {"type": "string"}}],
                   "responses": {"200": {"description": "The reports",
                     "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}}}}
                """);

        assertThat(openApi.check("GET", "/reports", java.util.Map.of("year", java.util.List.of(""),
                "council", java.util.List.of("S12000047")), java.util.Map.of("Accept", "*/*"), null, 200,
                "application/json", "[]")).isEmpty();
        assertThat(openApi.check("GET", "/reports", java.util.Map.of("year", java.util.List.of("")),
                java.util.Map.of("Accept", "*/*"), null, 200, "application/json", "[]"))
                .anyMatch(problem -> problem.contains("council"));
    }
}
