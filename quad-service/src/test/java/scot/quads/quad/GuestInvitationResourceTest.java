package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.GuestInvitationV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** Invited partners: invited to named sessions, they read those alone, until expiry or revocation. */
@QuarkusTest
@QuadsTestStack
class GuestInvitationResourceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    private static final LocalDate IN_A_MONTH = LocalDate.now().plusMonths(1);

    @Test
    void aGuestReadsOnlyTheSessionsTheyAreInvitedToAndAddsInputUntilRevoked() {
        Partners quad = Partners.revealed("guest-secret");
        String editor = Tokens.editor(quad.a());
        String invited = session(editor, quad, "Perth");
        String other = session(editor, quad, "Dundee");
        String email = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@cld.example.org";
        String guest = Tokens.guest(email);

        given().auth().oauth2(guest).when().get("/guest/sessions").then().statusCode(200).body("", empty());

        String item = given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/sessions/" + invited)
                .then().statusCode(200).extract().path("agenda[0].id");
        String invitationId = invite(editor, quad.quadId(), body("Morag Lindsay", email.toUpperCase(), "CLD manager",
                IN_A_MONTH, List.of(invited), List.of(item), "Read the family learning item first."))
                .then().statusCode(201)
                .body("email", equalTo(email))
                .body("status", equalTo("live"))
                .body("invitedBy", equalTo("editor-" + quad.a().toLowerCase()))
                .extract().path("id");

        given().auth().oauth2(guest).when().get("/guest/sessions").then().statusCode(200)
                .body("id", contains(invited))
                .body("[0].location", equalTo("Perth"))
                .body("[0].agenda.questionCode", contains("1.1.1"))
                .body("[0].agenda[0].prompt", equalTo("How well are we raising attainment?"))
                .body("[0].shared.note", contains("Read the family learning item first."))
                .body("[0].expiresOn", equalTo(IN_A_MONTH.toString()));
        Response read = given().auth().oauth2(guest).when().get("/guest/sessions/" + invited);
        read.then().statusCode(200);
        assertThat(read.asString()).as("a guest reads no answer").doesNotContain("guest-secret");
        given().auth().oauth2(guest).when().get("/guest/sessions/" + other).then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        for (String path : List.of("/quads/" + quad.quadId(), "/quads/" + quad.quadId() + "/comparison",
                "/quads/" + quad.quadId() + "/statements", "/quads/" + quad.quadId() + "/sessions/" + invited,
                "/quads/" + quad.quadId() + "/comments", "/cycles/" + quad.cycleId() + "/quads")) {
            given().auth().oauth2(guest).when().get(path).then().statusCode(403);
        }

        given().auth().oauth2(guest).contentType(ContentType.JSON)
                .body("{\"text\":\"Our youth workers run two of these evenings.\"}")
                .when().post("/guest/sessions/" + invited + "/input").then().statusCode(201)
                .body("authorName", equalTo("Morag Lindsay"))
                .body("organisation", equalTo("CLD manager"));
        given().auth().oauth2(guest).contentType(ContentType.JSON).body("{\"text\":\"  \"}")
                .when().post("/guest/sessions/" + invited + "/input").then().statusCode(422)
                .body("errors.field", contains("text"));
        given().auth().oauth2(guest).contentType(ContentType.JSON).body("{\"text\":\"Sneaking in\"}")
                .when().post("/guest/sessions/" + other + "/input").then().statusCode(403);
        given().auth().oauth2(guest).when().get("/guest/sessions/" + invited).then().statusCode(200)
                .body("input.text", contains("Our youth workers run two of these evenings."));
        given().auth().oauth2(Tokens.viewer(quad.b())).when()
                .get("/quads/" + quad.quadId() + "/guests/input?sessionId=" + invited).then().statusCode(200)
                .body("text", contains("Our youth workers run two of these evenings."));

        // Someone else with the role but another address, or an unverified one, reaches nothing.
        given().auth().oauth2(Tokens.guest("someone-else@example.org")).when().get("/guest/sessions/" + invited)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.token(email, List.of("quad-guest"), null)).when().get("/guest/sessions")
                .then().statusCode(403);

        // An editor of another member did not make it, so only ADES or the inviter revokes it.
        given().auth().oauth2(Tokens.editor(quad.b())).when()
                .delete("/quads/" + quad.quadId() + "/guests/" + invitationId).then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when().delete("/quads/" + quad.quadId() + "/guests/" + invitationId)
                .then().statusCode(200).body("status", equalTo("revoked")).body("revokedBy", equalTo("ades"));
        given().auth().oauth2(guest).when().get("/guest/sessions").then().statusCode(200).body("", empty());
        given().auth().oauth2(guest).when().get("/guest/sessions/" + invited).then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when().delete("/quads/" + quad.quadId() + "/guests/" + invitationId)
                .then().statusCode(409);

        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/guests").then().statusCode(200)
                .body("id", contains(invitationId)).body("status", contains("revoked"));
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId() + "/guests/audit")
                .then().statusCode(200)
                .body("action", contains("invited", "revoked"))
                .body("email", contains(email, email))
                .body("by", contains("editor-" + quad.a().toLowerCase(), "ades"));

        List<CloudEvent> events = TestKafka.events(Topics.QUADS, invitationId, 2);
        assertThat(events).extracting(CloudEvent::type)
                .containsExactly(Events.GUEST_INVITED.name(), Events.GUEST_REVOKED.name());
        GuestInvitationV1 sent = EventCodec.data(events.get(0), Events.GUEST_INVITED);
        assertThat(sent.email()).isEqualTo(email);
        assertThat(sent.name()).isEqualTo("Morag Lindsay");
        assertThat(sent.sessions()).extracting(s -> s.sessionId().toString()).containsExactly(invited);
        assertThat(sent.note()).isEqualTo("Read the family learning item first.");
        assertThat(EventCodec.data(events.get(1), Events.GUEST_REVOKED).by()).isEqualTo("ades");
    }

    @Test
    void anInvitationEndsAfterItsLastDayWithoutAnyoneRevokingIt() {
        Partners quad = Partners.form();
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        AssignmentResourceTest.assign("ades-officer", officer, quad.quadId(), null).then().statusCode(201);
        String token = Tokens.adesOfficer(officer);
        String sessionId = session(token, quad, "Online");
        String email = "nurse-" + UUID.randomUUID().toString().substring(0, 8) + "@health.example.org";
        String invitationId = invite(token, quad.quadId(), body("Ann Reid", email, "School nurse",
                LocalDate.now().plusDays(1), List.of(sessionId), null)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.guest(email)).when().get("/guest/sessions/" + sessionId).then().statusCode(200);

        Stored.database().update("UPDATE guest_invitation SET expires_on = ? WHERE id = ?",
                LocalDate.now().minusDays(2), UUID.fromString(invitationId));

        given().auth().oauth2(Tokens.guest(email)).when().get("/guest/sessions/" + sessionId).then().statusCode(403);
        given().auth().oauth2(Tokens.guest(email)).when().get("/guest/sessions").then().statusCode(200)
                .body("", empty());
        given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/guests").then().statusCode(200)
                .body("status", contains("expired"));
    }

    @Test
    void aRefusedInvitationNamesEachBadFieldAndWritesNothing() {
        Partners quad = Partners.form();
        Partners elsewhere = Partners.form();
        String editor = Tokens.editor(quad.a());
        String sessionId = session(editor, quad, "Perth");
        String foreign = session(Tokens.editor(elsewhere.a()), elsewhere, "Ayr");

        invite(editor, quad.quadId(), body("", "not-an-address", " ", LocalDate.now().minusDays(1),
                List.of(sessionId, foreign), null))
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.field", containsInAnyOrder("name", "email", "organisation", "expiresOn",
                        "sessionIds[1]"))
                .body("detail", containsString("is not a session of this quad"));
        invite(editor, quad.quadId(), body("A Person", "a@example.org", "College", IN_A_MONTH, List.of(), null))
                .then().statusCode(422).body("errors.field", contains("sessionIds"));
        invite(editor, quad.quadId(), body("A Person", "a@example.org", "College", LocalDate.now().plusYears(2),
                List.of(sessionId), null)).then().statusCode(422).body("errors.field", contains("expiresOn"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("{\"expiresOn\":\"tomorrow\"}")
                .when().post("/quads/" + quad.quadId() + "/guests").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/guests").then().statusCode(200)
                .body("", empty());
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId() + "/guests/audit")
                .then().statusCode(200).body("", empty());

        String valid = body("A Person", "a@example.org", "College", IN_A_MONTH, List.of(sessionId), null);
        invite(Tokens.viewer(quad.a()), quad.quadId(), valid).then().statusCode(403);
        invite(Tokens.editor(elsewhere.a()), quad.quadId(), valid).then().statusCode(403);
        invite(Tokens.linkInspector("inspector-" + UUID.randomUUID()), quad.quadId(), valid).then().statusCode(403);
        invite(Tokens.guest("a@example.org"), quad.quadId(), valid).then().statusCode(403);
        given().auth().oauth2(editor).when().delete("/quads/" + quad.quadId() + "/guests/" + UUID.randomUUID())
                .then().statusCode(404);
        invite(Tokens.ades(), quad.quadId(), valid).then().statusCode(201)
                .body("sessionIds", contains(sessionId)).body("invitedBy", equalTo("ades"));
    }

    @Test
    void aGuestReadsAndAnswersOnlyTheAgendaItemsSharedWithThem() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        String sessionId = given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body("{\"startsAt\":\"" + NOW.plusWeeks(3).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        + "\",\"location\":\"Perth\",\"items\":[{\"kind\":\"rubric-item\",\"questionCode\":\"1.1.1\"},"
                        + "{\"kind\":\"topic\",\"title\":\"Family learning in the evenings\"},"
                        + "{\"kind\":\"topic\",\"title\":\"Staffing cover between the councils\"}]}")
                .when().post("/quads/" + quad.quadId() + "/sessions").then().statusCode(201).extract().path("id");
        List<String> items = given().auth().oauth2(editor).when()
                .get("/quads/" + quad.quadId() + "/sessions/" + sessionId).then().statusCode(200)
                .extract().path("agenda.id");
        assertThat(items).hasSize(3);
        String otherSession = session(editor, quad, "Dundee");
        String otherItem = given().auth().oauth2(editor).when()
                .get("/quads/" + quad.quadId() + "/sessions/" + otherSession).then().statusCode(200)
                .extract().path("agenda[0].id");
        String email = "college-" + UUID.randomUUID().toString().substring(0, 8) + "@college.example.org";

        invite(editor, quad.quadId(), body("Iain Ross", email, "College", IN_A_MONTH, List.of(sessionId),
                List.of(items.get(1), otherItem, items.get(1), UUID.randomUUID().toString()), null))
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.field", containsInAnyOrder("itemIds[1]", "itemIds[2]", "itemIds[3]"))
                .body("detail", containsString("is not an agenda item of the sessions the invitation names"));
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/guests").then().statusCode(200)
                .body("", empty());

        invite(editor, quad.quadId(), body("Iain Ross", email, "College", IN_A_MONTH, List.of(sessionId),
                List.of(items.get(1), items.get(0)), "The family learning item is the one for you."))
                .then().statusCode(201)
                .body("itemIds", containsInAnyOrder(items.get(0), items.get(1)));
        String guest = Tokens.guest(email);
        Response read = given().auth().oauth2(guest).when().get("/guest/sessions/" + sessionId);
        read.then().statusCode(200)
                .body("agenda.id", contains(items.get(0), items.get(1)))
                .body("agenda.kind", contains("rubric-item", "topic"))
                .body("agenda[0].prompt", equalTo("How well are we raising attainment?"))
                .body("agenda[1].title", equalTo("Family learning in the evenings"));
        assertThat(read.asString()).as("an item not shared is not the guest's to read")
                .doesNotContain("Staffing cover", items.get(2));

        given().auth().oauth2(guest).contentType(ContentType.JSON)
                .body("{\"itemId\":\"" + items.get(1) + "\",\"text\":\"We run these evenings in three schools.\"}")
                .when().post("/guest/sessions/" + sessionId + "/input").then().statusCode(201)
                .body("itemId", equalTo(items.get(1)));
        for (String notShared : List.of(items.get(2), otherItem)) {
            given().auth().oauth2(guest).contentType(ContentType.JSON)
                    .body("{\"itemId\":\"" + notShared + "\",\"text\":\"About staffing\"}")
                    .when().post("/guest/sessions/" + sessionId + "/input").then().statusCode(422)
                    .contentType(containsString("application/problem+json"))
                    .body("errors.field", contains("itemId"));
        }
        given().auth().oauth2(guest).contentType(ContentType.JSON).body("{\"text\":\"On the session as a whole.\"}")
                .when().post("/guest/sessions/" + sessionId + "/input").then().statusCode(201)
                .body("itemId", equalTo(null));
        given().auth().oauth2(Tokens.viewer(quad.b())).when()
                .get("/quads/" + quad.quadId() + "/guests/input?sessionId=" + sessionId).then().statusCode(200)
                .body("text", contains("We run these evenings in three schools.", "On the session as a whole."))
                .body("itemId", contains(items.get(1), null));

        // The inviter changes what is shared: the staffing item instead; the guest's earlier input stays theirs.
        String invitationId = given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/guests")
                .then().statusCode(200).extract().path("[0].id");
        String sharing = "/quads/" + quad.quadId() + "/guests/" + invitationId + "/items";
        given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body("{\"itemIds\":[\"not-an-id\"]}").when().put(sharing).then().statusCode(400);
        given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body("{\"itemIds\":[\"" + otherItem + "\"]}").when().put(sharing).then().statusCode(422)
                .body("errors.field", contains("itemIds[0]"));
        given().auth().oauth2(Tokens.editor(quad.b())).contentType(ContentType.JSON)
                .body("{\"itemIds\":[\"" + items.get(2) + "\"]}").when().put(sharing).then().statusCode(403);
        given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body("{\"itemIds\":[\"" + items.get(2) + "\"]}").when().put(sharing).then().statusCode(200)
                .body("itemIds", contains(items.get(2)));
        given().auth().oauth2(guest).when().get("/guest/sessions/" + sessionId).then().statusCode(200)
                .body("agenda.title", contains("Staffing cover between the councils"))
                .body("input.text", contains("We run these evenings in three schools.", "On the session as a whole."));
        given().auth().oauth2(guest).contentType(ContentType.JSON)
                .body("{\"itemId\":\"" + items.get(1) + "\",\"text\":\"More on family learning\"}")
                .when().post("/guest/sessions/" + sessionId + "/input").then().statusCode(422)
                .body("errors.field", contains("itemId"));
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId() + "/guests/audit")
                .then().statusCode(200).body("action", contains("invited", "shared"))
                .body("by", contains("editor-" + quad.a().toLowerCase(), "editor-" + quad.a().toLowerCase()))
                .body("[0].itemIds", containsInAnyOrder(items.get(0), items.get(1)))
                .body("[1].itemIds", contains(items.get(2)));

        given().auth().oauth2(Tokens.ades()).when().delete("/quads/" + quad.quadId() + "/guests/" + invitationId)
                .then().statusCode(200);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("{\"itemIds\":[]}").when().put(sharing)
                .then().statusCode(409);
    }

    static Response invite(String token, String quadId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/quads/" + quadId + "/guests");
    }

    static String body(String name, String email, String organisation, LocalDate expiresOn, List<String> sessions,
            String note) {
        return body(name, email, organisation, expiresOn, sessions, List.of(), note);
    }

    static String body(String name, String email, String organisation, LocalDate expiresOn, List<String> sessions,
            List<String> items, String note) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"organisation\":\"" + organisation
                + "\",\"expiresOn\":\"" + expiresOn + "\",\"sessionIds\":" + ids(sessions)
                + (items.isEmpty() ? "" : ",\"itemIds\":" + ids(items))
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    private static String ids(List<String> ids) {
        return "[" + String.join(",", ids.stream().map(s -> "\"" + s + "\"").toList()) + "]";
    }

    static String session(String token, Partners quad, String location) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"startsAt\":\"" + NOW.plusWeeks(2).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        + "\",\"location\":\"" + location + "\",\"agenda\":[\"1.1.1\"]}")
                .when().post("/quads/" + quad.quadId() + "/sessions").then().statusCode(201).extract().path("id");
    }
}
