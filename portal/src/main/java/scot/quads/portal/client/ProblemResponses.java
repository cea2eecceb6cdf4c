package scot.quads.portal.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every 4xx/5xx a service answers into a {@link ServiceProblem}, reading its problem+json when it has one. */
public class ProblemResponses implements ResponseExceptionMapper<ServiceProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceProblem toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return parse(response.getStatus(), body);
    }

    static ServiceProblem parse(int status, String body) {
        try {
            JsonNode problem = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            List<ServiceProblem.FieldError> errors = new ArrayList<>();
            for (JsonNode error : problem.path("errors")) {
                errors.add(new ServiceProblem.FieldError(error.path("field").asText(""),
                        error.path("message").asText("")));
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            if (problem.has("current")) {
                properties.put("current", problem.get("current"));
            }
            return new ServiceProblem(status, problem.path("title").asText(defaultTitle(status)),
                    problem.path("detail").asText(null), errors, properties);
        } catch (Exception notJson) {
            return new ServiceProblem(status, defaultTitle(status), null, null, null);
        }
    }

    private static String defaultTitle(int status) {
        return status >= 500 ? "The service is not available" : "The request was refused";
    }
}
