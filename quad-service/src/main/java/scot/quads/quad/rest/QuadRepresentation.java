package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.Council;
import scot.quads.quad.membership.QuadService.QuadView;

/** A quad as the API shows it, with its councils' names. */
public record QuadRepresentation(UUID id, UUID cycleId, String name, List<Member> members, String facilitator,
        String notes, OffsetDateTime formedAt, String formedBy, OffsetDateTime updatedAt, String updatedBy,
        OffsetDateTime dissolvedAt, String dissolvedBy, int version) {

    /** A member council; {@code name} is null for a council this service has not heard of (yet). */
    public record Member(String code, String name) {
    }

    static QuadRepresentation of(QuadView view) {
        List<Member> members = view.quad().memberCodes().stream().map(code -> {
            Council council = view.councils().get(code);
            return new Member(code, council == null ? null : council.name);
        }).toList();
        return new QuadRepresentation(view.quad().id, view.quad().cycleId, view.quad().name, members,
                view.quad().facilitator, view.quad().notes, view.quad().formedAt, view.quad().formedBy,
                view.quad().updatedAt, view.quad().updatedBy, view.quad().dissolvedAt, view.quad().dissolvedBy,
                view.quad().version);
    }
}
