package scot.quads.quad.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.guest.GuestService.NewInvitation;

/**
 * An invitation of a partner to named sessions of the quad, until {@code expiresOn} (the last day it may be used),
 * optionally sharing chosen items of those sessions' agendas (the only items the guest reads) and a note with them.
 * They sign in with the email given here (verified by the identity provider).
 */
@Schema(example = """
        {
          "name": "Morag Lindsay",
          "email": "morag.lindsay@cld.example.org",
          "organisation": "CLD manager",
          "expiresOn": "2026-12-31",
          "sessionIds": [
            "12121212-6666-4c1e-9a0c-5d6c2b3a4e16"
          ],
          "itemIds": [
            "34343434-7777-4c1e-9a0c-5d6c2b3a4e16"
          ],
          "note": "Please read the agenda item on family learning before we meet."
        }""")
public record GuestInvitationForm(
        @Schema(example = "Morag Lindsay") @Size(max = 200) String name,
        @Schema(example = "morag.lindsay@cld.example.org") @Size(max = 254) String email,
        @Schema(description = "Their organisation or role", example = "CLD manager") @Size(max = 200)
        String organisation,
        @Schema(description = "The last day the guest may read the sessions", example = "2026-12-31")
        LocalDate expiresOn,
        @Size(max = 20) List<@NotNull UUID> sessionIds,
        @Schema(description = "The agenda items of those sessions shared with the guest: they read these items and"
                + " add input on them, not the agenda's others. Optional: none shared when left out")
        @Size(max = 200) List<@NotNull UUID> itemIds,
        @Schema(description = "What the inviter shares with the guest", example = "Please read the agenda first.")
        @Size(max = 5000) String note) {

    NewInvitation toNew() {
        return new NewInvitation(name, email, organisation, expiresOn, sessionIds, itemIds, note);
    }
}
