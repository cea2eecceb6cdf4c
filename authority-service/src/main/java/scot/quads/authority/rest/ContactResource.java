package scot.quads.authority.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.authority.CouncilContact;
import scot.quads.authority.service.ContactService;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;

/** A council's contacts: ADES manages every council's, a council's editors their own; its viewers read them. */
@Path("/councils/{code}/contacts")
@Authenticated
public class ContactResource {

    private final ContactService contacts;
    private final Caller caller;

    public ContactResource(ContactService contacts, Caller caller) {
        this.contacts = contacts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The council's contacts, by name")
    public List<ContactRepresentation> list(@PathParam("code") String code) {
        return contacts.list(caller, code).stream().map(ContactRepresentation::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One contact")
    public ContactRepresentation get(@PathParam("code") String code, @PathParam("id") String id) {
        return ContactRepresentation.of(contacts.get(caller, code, uuid(id)));
    }

    @POST
    @Operation(summary = "Add a contact (ADES, or an editor of the council)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactRepresentation.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response add(@PathParam("code") String code, @Valid @NotNull ContactRequest request, UriInfo uri) {
        CouncilContact contact = contacts.add(caller, code, request.toChange());
        return Response.created(uri.getAbsolutePathBuilder().path(contact.id.toString()).build())
                .entity(ContactRepresentation.of(contact)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a contact (ADES, or an editor of the council)")
    public ContactRepresentation change(@PathParam("code") String code, @PathParam("id") String id,
            @Valid @NotNull ContactRequest request) {
        return ContactRepresentation.of(contacts.change(caller, code, uuid(id), request.toChange()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a contact (ADES, or an editor of the council)")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response remove(@PathParam("code") String code, @PathParam("id") String id) {
        contacts.remove(caller, code, uuid(id));
        return Response.noContent().build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "Not found", "Contact " + id + " does not exist",
                    List.of(new Problem.FieldError("id", "is not a contact id")), null);
        }
    }
}
