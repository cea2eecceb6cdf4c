package scot.quads.portal.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * ProblemResponses for ADES's calls, also keeping a problem's {@code problems} list (an indicator import's bad
 * lines), which the shared mapper drops; each becomes a field error named {@code line N}.
 */
public class AdminProblems implements ResponseExceptionMapper<ServiceProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceProblem toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return parse(response.getStatus(), body);
    }

    static ServiceProblem parse(int status, String body) {
        ServiceProblem problem = ProblemResponses.parse(status, body);
        try {
            JsonNode lines = JSON.readTree(body == null || body.isBlank() ? "{}" : body).path("problems");
            if (!lines.isArray() || lines.isEmpty()) {
                return problem;
            }
            List<ServiceProblem.FieldError> errors = new ArrayList<>(problem.errors());
            for (JsonNode line : lines) {
                String where = line.has("line") ? "line " + line.get("line").asText() : "file";
                String message = line.path("message").asText(line.path("problem").asText(line.toString()));
                errors.add(new ServiceProblem.FieldError(where, message));
            }
            Map<String, Object> properties = new LinkedHashMap<>(problem.properties());
            properties.put("problems", lines);
            return new ServiceProblem(status, problem.title(), problem.detail(), errors, properties);
        } catch (Exception notJson) {
            return problem;
        }
    }
}
