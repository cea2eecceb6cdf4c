package scot.quads.portal.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** authority-service as ADES uses it: councils with their families, contacts and context indicators. */
@RegisterRestClient(configKey = "authority")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(AdminProblems.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AuthorityApi {

    @GET
    @Path("/councils")
    List<Council> councils();

    @GET
    @Path("/councils/{code}")
    Council council(@PathParam("code") String code);

    @GET
    @Path("/councils/{code}/contacts")
    List<Contact> contacts(@PathParam("code") String code);

    @POST
    @Path("/councils/{code}/contacts")
    Contact addContact(@PathParam("code") String code, Map<String, Object> contact);

    @PUT
    @Path("/councils/{code}/contacts/{id}")
    Contact changeContact(@PathParam("code") String code, @PathParam("id") UUID id, Map<String, Object> contact);

    @DELETE
    @Path("/councils/{code}/contacts/{id}")
    void removeContact(@PathParam("code") String code, @PathParam("id") UUID id);

    @GET
    @Path("/councils/{code}/indicators")
    CouncilIndicators indicators(@PathParam("code") String code);

    @GET
    @Path("/indicators")
    List<IndicatorDefinition> indicatorDefinitions();

    @POST
    @Path("/indicators/import")
    @Consumes("text/csv")
    ImportOutcome importIndicators(@QueryParam("dryRun") boolean dryRun, String csv);

    record Council(String gssCode, String name, String lgbfName, String regionalCollaborative, Integer peopleFamily,
            Integer otherFamily, boolean active, int version) {
    }

    record Contact(UUID id, String gssCode, String name, String email, String role, List<String> notifications,
            OffsetDateTime updatedAt, String updatedBy) {
    }

    record CouncilIndicators(String gssCode, String name, List<IndicatorEntry> indicators) {
    }

    record IndicatorEntry(String code, String title, String unit, Boolean higherIsBetter, String familySet,
            String period, BigDecimal value, Integer family, BigDecimal familyAverage, int familySize, Integer rank,
            BigDecimal scotland) {
    }

    record IndicatorDefinition(String code, String title, String unit, Boolean higherIsBetter, String familySet) {
    }

    record ImportOutcome(boolean dryRun, int inserted, int updated, int unchanged, int skipped) {
    }
}
