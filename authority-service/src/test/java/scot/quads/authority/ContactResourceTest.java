package scot.quads.authority;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.support.jdbc.Database;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class ContactResourceTest {

    @Inject
    Database database;

    @Test
    void adesAddsAContactAndTheCouncilsWholeListIsPublished() {
        String email = unique("head");
        String id = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("Morag Campbell", email, "Head of Education",
                        "\"cycle.opened\",\"deadline-approaching\""))
                .when().post("/councils/S12000030/contacts")
                .then().statusCode(201)
                .header("Location", containsString("/councils/S12000030/contacts/"))
                .body("gssCode", equalTo("S12000030"), "name", equalTo("Morag Campbell"), "email", equalTo(email),
                        "role", equalTo("Head of Education"), "updatedBy", equalTo("ades"))
                .body("notifications", equalTo(List.of("cycle.opened", "deadline-approaching")))
                .extract().path("id");

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000030/contacts/" + id)
                .then().statusCode(200).body("email", equalTo(email));

        CouncilContactsV1 published = awaitContacts("S12000030", email);
        CouncilContactsV1.Contact mine = published.contacts().stream().filter(c -> c.email().equals(email))
                .findFirst().orElseThrow();
        assertThat(mine.id()).isEqualTo(UUID.fromString(id));
        assertThat(mine.notifications()).containsExactly("cycle.opened", "deadline-approaching");
    }

    @Test
    void aCouncilsEditorManagesItsOwnContactsAndEachChangeIsPublished() {
        String email = unique("fife");
        String id = given().auth().oauth2(Tokens.editor(Tokens.FIFE)).contentType(ContentType.JSON)
                .body(contact("Ann Smith", email, null, ""))
                .when().post("/councils/S12000047/contacts")
                .then().statusCode(201).extract().path("id");

        String changed = unique("fife-new");
        given().auth().oauth2(Tokens.editor(Tokens.FIFE)).contentType(ContentType.JSON)
                .body(contact("Ann Smith-Jones", changed, "QIO",
                        "\"findings.published\",\"comment\",\"action\",\"comment\",\"focus.decided\","
                                + "\"focus.proposed\""))
                .when().put("/councils/S12000047/contacts/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Ann Smith-Jones"), "email", equalTo(changed))
                .body("notifications", equalTo(List.of("comment", "action", "focus.proposed", "focus.decided",
                        "findings.published")));
        // notification-service takes the contact's types as its email defaults: the report's publication among them.
        assertThat(awaitContacts("S12000047", changed).contacts().stream().filter(c -> c.email().equals(changed))
                .findFirst().orElseThrow().notifications()).contains("findings.published");

        given().auth().oauth2(Tokens.editor(Tokens.FIFE))
                .when().delete("/councils/S12000047/contacts/" + id)
                .then().statusCode(204);

        given().auth().oauth2(Tokens.viewer(Tokens.FIFE)).get("/councils/S12000047/contacts")
                .then().statusCode(200).body("email", not(hasItem(changed)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> lastContacts("S12000047")
                        .map(list -> list.contacts().stream().noneMatch(c -> c.email().equals(changed))).orElse(false));
    }

    @Test
    void aViewerReadsOwnContactsOnlyAndChangesNone() {
        String email = unique("dundee");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("Dee Reader", email, null, "")).post("/councils/S12000042/contacts")
                .then().statusCode(201);

        given().auth().oauth2(Tokens.viewer(Tokens.DUNDEE)).get("/councils/S12000042/contacts")
                .then().statusCode(200).body("email", hasItem(email));
        given().auth().oauth2(Tokens.viewer(Tokens.DUNDEE)).contentType(ContentType.JSON)
                .body(contact("Someone", unique("viewer"), null, ""))
                .when().post("/councils/S12000042/contacts")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).get("/councils/S12000042/contacts")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anEditorCannotTouchAnotherCouncilsContacts() {
        String email = unique("glasgow");
        String id = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("Glen Keeper", email, null, "")).post("/councils/S12000049/contacts")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.editor(Tokens.FIFE)).contentType(ContentType.JSON)
                .body(contact("Intruder", unique("x"), null, ""))
                .when().post("/councils/S12000049/contacts")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.editor(Tokens.FIFE)).contentType(ContentType.JSON)
                .body(contact("Intruder", unique("x"), null, ""))
                .when().put("/councils/S12000049/contacts/" + id)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.editor(Tokens.FIFE))
                .when().delete("/councils/S12000049/contacts/" + id)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.nobody()).get("/councils/S12000049/contacts")
                .then().statusCode(403);
        given().get("/councils/S12000049/contacts").then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000049/contacts/" + id)
                .then().statusCode(200).body("name", equalTo("Glen Keeper"));
    }

    @Test
    void invalidContactsNameEveryBadFieldAndAreNotStored() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"email\":\"not-an-address\"}")
                .when().post("/councils/S12000010/contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "email"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("No Dot", "someone@localhost", null, ""))
                .when().post("/councils/S12000010/contacts")
                .then().statusCode(400).body("errors.field", hasItem("email"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("Typo", unique("typo"), null, "\"cycle.opened\",\"newsletter\""))
                .when().post("/councils/S12000010/contacts")
                .then().statusCode(400).body("errors.field", equalTo(List.of("notifications[1]")))
                .body("errors[0].message", containsString("deadline-approaching"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"email\":\"x@example.org\",\"phone\":\"1\"}")
                .when().post("/councils/S12000010/contacts")
                .then().statusCode(400).body("errors.field", hasItem("phone"));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000010/contacts")
                .then().statusCode(200).body("name", not(hasItem("Typo")));
    }

    @Test
    void anAddressIsUniqueWithinACouncilWhateverItsCase() {
        String email = unique("dup");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("First", email, null, "")).post("/councils/S12000011/contacts")
                .then().statusCode(201);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("Second", email.toUpperCase(), null, ""))
                .when().post("/councils/S12000011/contacts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("email"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("Elsewhere", email, null, "")).post("/councils/S12000010/contacts")
                .then().statusCode(201);
    }

    @Test
    void twoPeopleAddingTheSameAddressAtTheSameMomentGetOneContactAndA409() throws Exception {
        String email = unique("race");
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        // The first add has written its row but not committed: the second's check cannot see it yet.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            CouncilContact contact = new CouncilContact();
            contact.id = UUID.randomUUID();
            contact.gssCode = "S12000045";
            contact.name = "First";
            contact.email = email;
            contact.notifications = "";
            contact.updatedAt = OffsetDateTime.now();
            contact.updatedBy = "ades";
            contact.persist();
            CouncilContact.flush();
            firstWritten.countDown();
            await(firstMayCommit);
        }));
        await(firstWritten);
        long waitingBefore = waitingOnLocks();
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> given().auth()
                .oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("Second", email.toUpperCase(), null, "")).post("/councils/S12000045/contacts"));
        // The second reaches the unique index and waits there for the first to end.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> waitingOnLocks() > waitingBefore);
        firstMayCommit.countDown();
        first.get(20, TimeUnit.SECONDS);

        second.get(20, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("email"), "detail", containsString("already a contact"));
        given().auth().oauth2(Tokens.ades()).get("/councils/S12000045/contacts")
                .then().statusCode(200).body("findAll { it.email.equalsIgnoreCase('" + email + "') }.name",
                        equalTo(List.of("First")));
        given().auth().oauth2(Tokens.ades()).get("/councils/S12000045/audit")
                .then().statusCode(200).body("findAll { it.after?.name == 'Second' }", equalTo(List.of()));
    }

    @Test
    void unknownCouncilsAndContactsAre404() {
        given().auth().oauth2(Tokens.ades()).get("/councils/S12999999/contacts").then().statusCode(404);
        given().auth().oauth2(Tokens.ades()).get("/councils/S12000049/contacts/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).get("/councils/S12000049/contacts/not-a-uuid")
                .then().statusCode(404).body("errors.field", hasItem("id"));
        given().auth().oauth2(Tokens.ades()).delete("/councils/S12000049/contacts/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void contactChangesAreAuditedForAdesOnly() {
        String email = unique("audit");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(contact("Audrey", email, null, "")).post("/councils/S12000040/contacts")
                .then().statusCode(201);

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000040/audit")
                .then().statusCode(200)
                .body("[0].action", equalTo("contact.added"), "[0].by", equalTo("ades"),
                        "[0].before", equalTo(null), "[0].after.email", equalTo(email));
        given().auth().oauth2(Tokens.editor("S12000040")).get("/councils/S12000040/audit")
                .then().statusCode(403);
    }

    private static CouncilContactsV1 awaitContacts(String council, String email) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> lastContacts(council), last -> last.isPresent()
                        && last.get().contacts().stream().anyMatch(c -> c.email().equals(email)))
                .orElseThrow();
    }

    private static Optional<CouncilContactsV1> lastContacts(String council) {
        List<CloudEvent> events = TestKafka.events(Topics.COUNCILS, council, 1).stream()
                .filter(e -> e.type().equals(Events.COUNCIL_CONTACTS_CHANGED.name()))
                .toList();
        return events.isEmpty() ? Optional.empty()
                : Optional.of(EventCodec.data(events.get(events.size() - 1), Events.COUNCIL_CONTACTS_CHANGED));
    }

    private long waitingOnLocks() {
        return database.count("""
                SELECT count(*) AS waiting FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND datname = current_database()""", "waiting");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the other request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@council.example.org";
    }

    private static String contact(String name, String email, String role, String notifications) {
        return """
                {"name":"%s","email":"%s","role":%s,"notifications":[%s]}"""
                .formatted(name, email, role == null ? "null" : "\"" + role + "\"", notifications);
    }
}
