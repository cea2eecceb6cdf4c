package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The council's evidence page against a stubbed rubric-service: the list, an upload, a refusal and a download. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class EvidencePagesTest {

    static final String PACK = CouncilPagesTest.EVALUATION + "/evidence";
    static final String PAGE = "/council/cycles/" + CouncilPagesTest.CYCLE + "/evidence";
    static final String ITEM = "77777777-7777-7777-7777-777777777777";

    static final String PACK_JSON = """
            {"cycleId":"%s","cycleName":"2026-27","councilCode":"S12000049","councilName":"Glasgow City",
             "shown":true,"explanation":"Your council's evidence pack","mayChange":true,"usedBytes":1572864,
             "quotaBytes":524288000,"maxFileBytes":20971520,"acceptedTypes":["application/pdf"],
             "items":[{"id":"%s","cycleId":"%s","councilCode":"S12000049","kind":"file",
                       "title":"Attainment review","description":"The 2026 review","date":null,"url":null,
                       "fileName":"review.pdf","mediaType":"application/pdf","sizeBytes":1572864,
                       "questions":["1.1.2"],"indicators":["QI 1.1"],"swotItems":[],"keyQuestions":[1],
                       "shared":false,"version":1,"createdAt":"2026-11-20T10:00:00Z","createdBy":"glasgow-city"}]}
            """.formatted(CouncilPagesTest.CYCLE, ITEM, CouncilPagesTest.CYCLE);

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + CouncilPagesTest.VERSION))
                .willReturn(okJson(CouncilPagesTest.VERSION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(CouncilPagesTest.EVALUATION))
                .willReturn(okJson(CouncilPagesTest.EVALUATION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(StatementPagesTest.STATEMENT))
                .willReturn(okJson(StatementPagesTest.STATEMENT_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(FocusPagesTest.FOCUS))
                .willReturn(okJson(FocusPagesTest.focus("agreed", null))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(PACK)).willReturn(okJson(PACK_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    @Test
    void thePageListsTheEvidenceWithWhatEachSupportsAndOffersAFileUploadAndALink() {
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("href=\"/evidence/" + CouncilPagesTest.CYCLE + "/S12000049/" + ITEM + "\""))
                .body(containsString("PDF, 1.5 MB: review.pdf"))
                .body(containsString("QI 1.1, 1.1.2; key question 1"))
                .body(containsString("1.5 MB of 500 MB used"))
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("class=\"govuk-file-upload\" id=\"file\" name=\"file\" type=\"file\""))
                .body(containsString(">Partnership with colleges</label>"))
                .body(containsString(">How well do college partnerships work?</label>"))
                .body(containsString("/evidence/" + ITEM + "/remove"));
    }

    /**
     * Without JavaScript the upload is GOV.UK's plain file upload in a multipart form that posts to the portal; the
     * drop zone's instruction and the progress bar are in the page but hidden until upload.js (served, and loaded
     * with the page) shows them. The native input keeps its id, so its label and a person's or a test's choice of
     * file still reach it.
     */
    @Test
    void theUploadIsAPlainMultipartFormThatTheScriptEnhancesWithADropZoneAndAProgressBar() {
        String page = given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<form method=\"post\" action=\"" + PAGE + "/files\""
                + " enctype=\"multipart/form-data\" novalidate data-quads-upload>")
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"file\">Upload a file</label>")
                .contains("<div class=\"quads-drop-zone\" id=\"file-drop-zone\">\n          <input"
                        + " class=\"govuk-file-upload\" id=\"file\" name=\"file\" type=\"file\"")
                .contains("id=\"file-drop-hint\" data-quads-js hidden>or drop a file here</p>")
                .contains("<div class=\"govuk-form-group\" id=\"upload-progress\" hidden>")
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"upload-progress-bar\">Upload progress</label>")
                .contains("<progress class=\"quads-progress\" id=\"upload-progress-bar\" max=\"100\" value=\"0\">")
                .contains("id=\"upload-status\" role=\"status\" aria-live=\"polite\"")
                .contains("<script src=\"/static/upload.js\" defer></script>")
                // GOV.UK's own enhanced upload renames the input and gives its id to a button: not used here.
                .doesNotContain("govuk-drop-zone").doesNotContain("data-module=\"govuk-file-upload\"");
        String script = given().when().get("/static/upload.js").then().statusCode(200).extract().asString();
        assertThat(script).contains("xhr.upload.addEventListener('progress'", "input.files = one.files")
                .doesNotContain("eval(").doesNotContain("innerHTML");
    }

    /** A viewer cannot add evidence: no upload form, and so no upload script. */
    @Test
    void aPageWithoutTheUploadDoesNotLoadItsScript() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(PACK)).willReturn(okJson(
                PACK_JSON.replace("\"mayChange\":true", "\"mayChange\":false"))));
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("id=\"evidence-locked\""))
                .body(not(containsString("/static/upload.js")))
                .body(not(containsString("data-quads-upload")));
    }

    @Test
    void theIndicatorPageShowsTheFocusTheStatementsSwotAndTheEvidenceBesideTheAnswers() {
        given().auth().oauth2(CouncilPagesTest.editor())
                .when().get("/council/cycles/{cycle}/indicators/{indicator}", CouncilPagesTest.CYCLE, "QI 1.1")
                .then().statusCode(200)
                .body(containsString("How can more of our leavers go on to college or university?"))
                .body(containsString("Relates to this indicator"))
                .body(containsString("<li>Strength 1: Partnership with colleges</li>"))
                .body(not(containsString("Falling rolls")))
                .body(containsString("Evidence for this answer"))
                .body(containsString("/evidence/" + CouncilPagesTest.CYCLE + "/S12000049/" + ITEM
                        + "\" download>Attainment review</a> (PDF, 1.5 MB)"));
        // Read at once, beside the answers, each still as the signed-in user: never without the user's token.
        for (String read : new String[] { FocusPagesTest.FOCUS, StatementPagesTest.STATEMENT, PACK }) {
            ServiceStubs.server.verify(getRequestedFor(urlPathEqualTo(read))
                    .withHeader("Authorization", matching("Bearer .+")));
        }
    }

    @Test
    void anUploadSendsTheFileAndItsFormOnAndComesBackToThePage() {
        ServiceStubs.server.stubFor(post(urlPathEqualTo(PACK)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","kind":"file","title":"Plan","questions":[],"indicators":[],"swotItems":[],
                         "keyQuestions":[],"shared":false,"version":1}""".formatted(ITEM))));
        byte[] pdf = "%PDF-1.7\nA plan\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        given().auth().oauth2(CouncilPagesTest.editor()).redirects().follow(false)
                .multiPart("file", "plan.pdf", pdf, "application/pdf").multiPart("title", "Improvement plan")
                .multiPart("codes", "QI 1.1, 1.1.2").multiPart("keyQuestions", "1")
                .when().post(PAGE + "/files")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=added"));
        ServiceStubs.server.verify(postRequestedFor(urlPathEqualTo(PACK))
                .withRequestBodyPart(aMultipart("file").withBody(binaryEqualTo(pdf)).build())
                .withRequestBodyPart(aMultipart("title").withBody(
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("Improvement plan")).build())
                .withRequestBodyPart(aMultipart("indicators").withBody(
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("QI 1.1")).build())
                .withRequestBodyPart(aMultipart("questions").withBody(
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("1.1.2")).build())
                .withRequestBodyPart(aMultipart("keyQuestions").withBody(
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("1")).build()));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedInGovukWordsBesideTheUpload() {
        ServiceStubs.server.stubFor(post(urlPathEqualTo(PACK)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Unprocessable content","status":422,
                         "detail":"The evidence cannot be added as it stands",
                         "errors":[{"field":"file","message":"is a application/x-msdownload file, which an evidence pack does not take: choose a PDF file"}]}""")));
        given().auth().oauth2(CouncilPagesTest.editor())
                .multiPart("file", "report.pdf", new byte[] { 'M', 'Z', 0, 0 }, "application/pdf")
                .multiPart("title", "Report").when().post(PAGE + "/files")
                .then().statusCode(422)
                .body(containsString("<a href=\"#file\">The selected file must be a PDF, Word (DOCX)"))
                .body(containsString("id=\"file-error\""))
                .body(containsString("value=\"Report\""));
        given().auth().oauth2(CouncilPagesTest.editor()).multiPart("title", "No file").when().post(PAGE + "/files")
                .then().statusCode(400).body(containsString("<a href=\"#file\">Select a file</a>"));
    }

    @Test
    void theEvidencesDateIsSentOnAsADateAndShownInTheList() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(PACK)).willReturn(okJson(PACK_JSON.replace("\"date\":null",
                "\"date\":\"2026-03-31\""))));
        ServiceStubs.server.stubFor(post(urlPathEqualTo(PACK)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","kind":"file","title":"Plan","questions":[],"indicators":[],"swotItems":[],
                         "keyQuestions":[],"shared":false,"version":1}""".formatted(ITEM))));
        given().auth().oauth2(CouncilPagesTest.editor()).redirects().follow(false)
                .multiPart("file", "plan.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .multiPart("title", "Improvement plan").multiPart("date-day", "31").multiPart("date-month", "3")
                .multiPart("date-year", "2026").when().post(PAGE + "/files")
                .then().statusCode(303);
        ServiceStubs.server.verify(postRequestedFor(urlPathEqualTo(PACK)).withRequestBodyPart(aMultipart("date")
                .withBody(com.github.tomakehurst.wiremock.client.WireMock.equalTo("2026-03-31")).build()));
        given().auth().oauth2(CouncilPagesTest.editor()).redirects().follow(false)
                .formParam("link-url", "https://example.org/plan").formParam("link-title", "Plan")
                .formParam("link-date-day", "1").formParam("link-date-month", "12").formParam("link-date-year", "2026")
                .when().post(PAGE + "/links").then().statusCode(303);
        ServiceStubs.server.verify(postRequestedFor(urlPathEqualTo(PACK))
                .withRequestBody(matching(".*\"date\":\"2026-12-01\".*")));
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE)
                .then().statusCode(200).body(containsString("Dated 31 March 2026"));
    }

    @Test
    void aDateThatIsNotARealDateIsRefusedInGovukWordsAndNothingIsSent() {
        given().auth().oauth2(CouncilPagesTest.editor())
                .multiPart("file", "plan.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .multiPart("title", "Improvement plan").multiPart("date-day", "31").multiPart("date-month", "2")
                .multiPart("date-year", "2026").when().post(PAGE + "/files")
                .then().statusCode(400)
                .body(containsString("<a href=\"#date\">The date of the evidence must be a real date"))
                .body(containsString("id=\"date-error\""))
                .body(containsString("id=\"date-day\" name=\"date-day\" type=\"text\" inputmode=\"numeric\" value=\"31\""));
        given().auth().oauth2(CouncilPagesTest.editor())
                .formParam("link-url", "https://example.org/plan").formParam("link-title", "Plan")
                .formParam("link-date-month", "12").when().post(PAGE + "/links")
                .then().statusCode(400)
                .body(containsString("<a href=\"#link-date\">The date of the evidence must include a day, a month"));
        ServiceStubs.server.verify(0, postRequestedFor(urlPathEqualTo(PACK)));
    }

    @Test
    void aFileOverTheServicesLimitIsRefusedOnTheUploadPageAndNeverSentOn() {
        byte[] big = new byte[21 * 1024 * 1024];
        big[0] = '%';
        given().auth().oauth2(CouncilPagesTest.editor())
                .multiPart("file", "scans.pdf", big, "application/pdf")
                .multiPart("title", "All the scans").when().post(PAGE + "/files")
                .then().statusCode(413)
                .body(containsString("<a href=\"#file\">The selected file must be smaller than 20 MB</a>"))
                .body(containsString("id=\"file-error\""))
                .body(containsString("value=\"All the scans\""));
        ServiceStubs.server.verify(0, postRequestedFor(urlPathEqualTo(PACK)));
    }

    @Test
    void aDownloadPassesTheFileThroughAsAnAttachmentTheBrowserMustNotSniff() {
        byte[] pdf = "%PDF-1.7\nThe review\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        ServiceStubs.server.stubFor(get(urlPathEqualTo(PACK + "/" + ITEM + "/content")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/pdf")
                .withHeader("Content-Disposition", "attachment; filename=\"review.pdf\"; filename*=UTF-8''review.pdf")
                .withBody(pdf)));
        io.restassured.response.Response download = given().auth().oauth2(CouncilPagesTest.editor())
                .when().get("/evidence/" + CouncilPagesTest.CYCLE + "/S12000049/" + ITEM);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"review.pdf\"");
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(pdf);
    }

    @Test
    void aPartnersRefusalOfADownloadIsNotPassedOffAsAFile() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(PACK + "/" + ITEM + "/content")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not found\",\"status\":404,\"detail\":\"Evidence item does not exist\"}")));
        given().auth().oauth2(CouncilPagesTest.editor()).when()
                .get("/evidence/" + CouncilPagesTest.CYCLE + "/S12000049/" + ITEM)
                .then().statusCode(404).body(not(containsString("%PDF")));
    }

    @Test
    void anItemsChangePageIsFilledInWithWhatItHoldsAndSavesWithItsVersion() {
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE)
                .then().statusCode(200).body(containsString("href=\"" + PAGE + "/" + ITEM + "/change\""));
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE + "/" + ITEM + "/change")
                .then().statusCode(200)
                .body(containsString("id=\"title\" name=\"title\" type=\"text\" value=\"Attainment review\""))
                .body(containsString(">The 2026 review</textarea>"))
                .body(containsString("value=\"QI 1.1, 1.1.2\""))
                .body(containsString("name=\"keyQuestions\" type=\"checkbox\" value=\"1\" checked"))
                .body(containsString("PDF, 1.5 MB: review.pdf"));
        ServiceStubs.server.stubFor(put(urlPathEqualTo(PACK + "/" + ITEM)).willReturn(okJson("""
                {"id":"%s","kind":"file","title":"Attainment review 2026","questions":["1.1.2"],"indicators":[],
                 "swotItems":[],"keyQuestions":[],"shared":false,"version":2}""".formatted(ITEM))));
        given().auth().oauth2(CouncilPagesTest.editor()).redirects().follow(false)
                .formParam("version", "1").formParam("title", "Attainment review 2026")
                .formParam("codes", "1.1.2").formParam("date-day", "30").formParam("date-month", "6")
                .formParam("date-year", "2026")
                .when().post(PAGE + "/" + ITEM + "/change")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=changed"));
        ServiceStubs.server.verify(putRequestedFor(urlPathEqualTo(PACK + "/" + ITEM))
                .withHeader("If-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"1\""))
                .withRequestBody(matching(".*\"title\":\"Attainment review 2026\".*"))
                .withRequestBody(matching(".*\"date\":\"2026-06-30\".*"))
                .withRequestBody(matching(".*\"questions\":\\[\"1.1.2\"\\].*"))
                .withRequestBody(matching(".*\"indicators\":\\[\\].*")));
    }

    @Test
    void aChangeMadeMeanwhileBySomeoneElseIsNotOverwrittenAndWhatWasTypedIsKept() {
        ServiceStubs.server.stubFor(put(urlPathEqualTo(PACK + "/" + ITEM)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Precondition failed\",\"status\":412,\"detail\":\"The item has changed\"}")));
        given().auth().oauth2(CouncilPagesTest.editor())
                .formParam("version", "0").formParam("title", "My better title")
                .when().post(PAGE + "/" + ITEM + "/change")
                .then().statusCode(409)
                .body(containsString("Someone else changed this evidence while you were editing it"))
                .body(containsString("value=\"My better title\""))
                .body(containsString("name=\"version\" value=\"1\""));
    }

    @Test
    void aChangeWithoutATitleIsRefusedInGovukWordsAndNothingIsSent() {
        given().auth().oauth2(CouncilPagesTest.editor())
                .formParam("version", "1").formParam("title", " ").formParam("description", "Kept as typed")
                .when().post(PAGE + "/" + ITEM + "/change")
                .then().statusCode(400)
                .body(containsString("<a href=\"#title\">Enter a title for the evidence</a>"))
                .body(containsString(">Kept as typed</textarea>"));
        ServiceStubs.server.verify(0, putRequestedFor(urlPathEqualTo(PACK + "/" + ITEM)));
    }
}
