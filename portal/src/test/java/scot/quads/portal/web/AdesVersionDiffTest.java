package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ADES's "what changed" page lists the quality indicators' changes, with their lineage, below the questions'. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class AdesVersionDiffTest {

    static final String OLDER = "83333333-3333-3333-3333-333333333333";
    static final String NEWER = "84444444-4444-4444-4444-444444444444";

    static final String VERSION = """
            {"id":"%s","frameworkCode":"F","frameworkTitle":"Framework","number":2,"label":"next",
             "status":"draft","derivedFromVersionId":"%s","version":1,"questionCount":0,
             "gradingGrain":"quality-indicator","scale":[],"themes":[]}""".formatted(NEWER, OLDER);

    static final String QUESTIONS = """
            "from":{"id":"%s","number":1,"label":"first","status":"published"},
            "to":{"id":"%s","number":2,"label":"next","status":"draft"},
            "added":[],"removed":[],
            "changed":[{"code":"A1-1","prompt":"What do our data say?","lineage":"reworded","from":"A1-1",
                        "sources":["A1-1"],"previousPrompt":"How do you know?","changes":["prompt"]}]"""
            .formatted(OLDER, NEWER);

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + NEWER)).willReturn(okJson(VERSION)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    @Test
    void aRenamedSplitAddedAndRetiredIndicatorIsListedWithItsLineage() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + OLDER + "/diff/" + NEWER)).willReturn(okJson(
                "{" + QUESTIONS + """
                ,"indicators":{
                  "added":[{"code":"C3","title":"Community learning","lineage":"new","sources":[]}],
                  "removed":[{"code":"C2","title":"Partnership with families","lineage":"retired","sources":[]}],
                  "changed":[{"code":"A9","title":"Attainment of every learner","lineage":"reworded","from":"A1",
                              "sources":["A1"],"previousTitle":"Raising attainment","changes":["code","title"]},
                             {"code":"B3","title":"Leadership","lineage":"split-from","from":"B2",
                              "sources":["B2"],"previousTitle":"Leadership","changes":["code"]}]}}""")));

        given().auth().oauth2(NoticeLinksTest.ades()).when().get("/ades/versions/" + NEWER + "/diff")
                .then().statusCode(200)
                .body(containsString("A1-1"))
                .body(containsString("<h2 class=\"govuk-heading-m\">Quality indicators</h2>"))
                .body(containsString("1 added, 2 changed, 1 removed."))
                .body(containsString("<th scope=\"row\" class=\"govuk-table__header\">A9</th>"
                        + "<td class=\"govuk-table__cell\">Changed (reworded)</td><td class=\"govuk-table__cell\">A1"
                        + "</td><td class=\"govuk-table__cell\">Attainment of every learner (was Raising attainment)"))
                .body(containsString("Changed (split-from)</td><td class=\"govuk-table__cell\">B2</td>"
                        + "<td class=\"govuk-table__cell\">Leadership</td>"))
                .body(containsString("Added (new)"))
                .body(containsString("Partnership with families"));
    }

    @Test
    void aServiceThatListsQuestionsOnlyShowsNoIndicatorTable() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + OLDER + "/diff/" + NEWER))
                .willReturn(okJson("{" + QUESTIONS + "}")));

        given().auth().oauth2(NoticeLinksTest.ades()).when().get("/ades/versions/" + NEWER + "/diff")
                .then().statusCode(200)
                .body(containsString("A1-1"))
                .body(not(containsString("indicator-diff")));
    }
}
