package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
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
import scot.quads.quad.QuadProposal;
import scot.quads.quad.membership.QuadService.QuadView;
import scot.quads.quad.proposal.ProposalService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/")
@RolesAllowed(Roles.ADES_ADMIN)
public class ProposalResource {

    private final ProposalService proposals;

    public ProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @POST
    @Path("cycles/{cycleId}/quad-proposals")
    @Operation(summary = "Propose quads for the cycle from context indicators; nothing is formed (ADES)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalRepresentation.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response propose(@PathParam("cycleId") UUID cycleId, @Valid @NotNull ProposalForm form,
            @Context UriInfo uri) {
        QuadProposal proposal = proposals.propose(cycleId, form.toRequest());
        return Response.created(uri.getBaseUriBuilder().path("quad-proposals").path(proposal.id.toString()).build())
                .entity(ProposalRepresentation.of(proposal)).build();
    }

    @GET
    @Path("quad-proposals/{proposalId}")
    @Operation(summary = "A proposal, with why it proposes what it does (ADES)")
    public ProposalRepresentation get(@PathParam("proposalId") UUID proposalId) {
        return ProposalRepresentation.of(proposals.get(proposalId));
    }

    @POST
    @Path("quad-proposals/{proposalId}/confirm")
    @Operation(summary = "Form the proposal's quads, as proposed or adjusted, all or none (ADES)")
    public List<QuadRepresentation> confirm(@PathParam("proposalId") UUID proposalId, @Valid ConfirmForm form) {
        List<QuadView> formed = proposals.confirm(proposalId, form == null ? null : form.toDrafts());
        return formed.stream().map(QuadRepresentation::of).toList();
    }
}
