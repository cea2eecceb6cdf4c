package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.QuadV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * A council's evidence pack: files typed from their bytes, stored and streamed back whole, links, what each item
 * supports, the limits (each refusal leaving nothing stored), and who may see the pack when.
 */
@QuarkusTest
@QuadsTestStack
class EvidenceTest {

    private static final String GLASGOW = Tokens.GLASGOW;
    private static final String PDF_TYPE = "application/pdf";
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private String cycleId;

    @BeforeEach
    void aCycle() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH, Tokens.DUNDEE);
        cycleId = Rubrics.openCycle();
    }

    @Test
    void anEditorUploadsAPdfAndEveryoneOfTheCouncilDownloadsTheSameBytesAsAnAttachment() throws Exception {
        byte[] pdf = pdf(300_000);
        String location = upload(Tokens.editor(GLASGOW), pdf, "Attainment review*2026.pdf",
                "application/octet-stream", "Attainment review 2026")
                .statusCode(201).header("ETag", "\"1\"")
                .body("kind", equalTo("file"), "mediaType", equalTo(PDF_TYPE), "sizeBytes", equalTo(pdf.length))
                .body("fileName", equalTo("Attainment review 2026.pdf"), "sha256", equalTo(sha256(pdf)))
                .body("shared", equalTo(false), "createdBy", equalTo("editor-" + GLASGOW.toLowerCase()))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(Stored.count("SELECT count(*) FROM evidence_chunk WHERE item_id = ?", UUID.fromString(id)))
                .isEqualTo(1);

        Response download = given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(pack() + "/" + id + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith(PDF_TYPE);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Attainment review 2026.pdf\"; "
                        + "filename*=UTF-8''Attainment%20review%202026.pdf");
        assertThat(download.asByteArray()).isEqualTo(pdf);

        given().auth().oauth2(Tokens.ades()).when().get(pack()).then().statusCode(200)
                .body("shown", equalTo(true), "items", hasSize(1), "usedBytes", equalTo(pdf.length));
        assertThat(Stored.audit(UUID.fromString(cycleId), GLASGOW, "evidence.added")).hasSize(1)
                .first().satisfies(entry -> assertThat(entry.detail).contains("Attainment review 2026.pdf"));
    }

    @Test
    void aFileOfSeveralPiecesComesBackWholeAndInOrder() throws Exception {
        byte[] csv = csv(1_300_000);
        String id = upload(Tokens.editor(GLASGOW), csv, "destinations.csv", "text/csv", "Leaver destinations")
                .statusCode(201).body("mediaType", equalTo("text/csv")).extract().path("id");
        assertThat(Stored.count("SELECT count(*) FROM evidence_chunk WHERE item_id = ?", UUID.fromString(id)))
                .isEqualTo(3);
        byte[] back = given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(pack() + "/" + id + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertThat(sha256(back)).isEqualTo(sha256(csv));
    }

    @Test
    void theTypeIsDetectedFromTheBytesAndAnythingOffTheListIsRefusedNamingTheFile() throws Exception {
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[0x3c] = 0x40;
        byte[] pe = "PE\0\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(pe, 0, executable, 0x40, pe.length);
        upload(Tokens.editor(GLASGOW), executable, "report.pdf", PDF_TYPE, "Not a report").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("file")), "errors[0].message", containsString("PDF"));
        byte[] zip = zipOf("notes.txt");
        upload(Tokens.editor(GLASGOW), zip, "archive.docx", "application/msword", "A zip").statusCode(422)
                .body("errors.field", equalTo(List.of("file")));
        assertThat(Stored.count("SELECT count(*) FROM evidence_item WHERE cycle_id = ?", UUID.fromString(cycleId)))
                .isZero();

        upload(Tokens.editor(GLASGOW), xlsx(), "Attendance.xlsx", "application/octet-stream", "Attendance")
                .statusCode(201).body("mediaType", equalTo(XLSX_TYPE));
        byte[] png = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 64);
        upload(Tokens.editor(GLASGOW), png, "chart.png", "image/png", "Chart").statusCode(201)
                .body("mediaType", equalTo("image/png"));
    }

    @Test
    void aFileOverTwentyMegabytesIs413AndOverTheQuota422AndNothingIsStored() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, big, 0, start.length);
        upload(Tokens.editor(GLASGOW), big, "big.pdf", PDF_TYPE, "Too big").statusCode(413)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("file")))
                .body("detail", containsString("20 MB"));
        byte[] bigger = Arrays.copyOf(big, 21 * 1024 * 1024);
        upload(Tokens.editor(GLASGOW), bigger, "bigger.pdf", PDF_TYPE, "Far too big").statusCode(413)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("file")))
                .body("maxFileBytes", equalTo(20 * 1024 * 1024));

        String quotaFiller = UUID.randomUUID().toString();
        Stored.execute("""
                INSERT INTO evidence_item (id, cycle_id, council_code, kind, title, file_name, media_type, size_bytes,
                    version, created_at, created_by, updated_at, updated_by)
                VALUES (?::uuid, ?::uuid, ?, 'file', 'Earlier files', 'earlier.pdf', 'application/pdf', ?, 1, now(),
                    'test', now(), 'test')""", quotaFiller, cycleId, GLASGOW, 500L * 1024 * 1024 - 1000);
        upload(Tokens.editor(GLASGOW), pdf(5000), "one more.pdf", PDF_TYPE, "One more").statusCode(422)
                .body("errors.field", equalTo(List.of("file")), "detail", containsString("500 MB"))
                .body("detail", containsString("is used"), "usedBytes", equalTo(500 * 1024 * 1024 - 1000))
                .body("quotaBytes", equalTo(500 * 1024 * 1024));
        assertThat(Stored.count("SELECT count(*) FROM evidence_item WHERE cycle_id = ?", UUID.fromString(cycleId)))
                .isEqualTo(1);
        assertThat(Stored.count("SELECT count(*) FROM evidence_chunk c JOIN evidence_item i ON i.id = c.item_id"
                + " WHERE i.cycle_id = ?", UUID.fromString(cycleId))).isZero();
    }

    @Test
    void malformedOrIncompleteFormsAre400NamingTheField() {
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType("multipart/form-data; boundary=abc")
                .body("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 and no end"
                        .getBytes(StandardCharsets.US_ASCII))
                .when().post(pack()).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(GLASGOW)).multiPart("title", "No file").when().post(pack())
                .then().statusCode(400).body("errors.field", equalTo(List.of("file")));
        given().auth().oauth2(Tokens.editor(GLASGOW)).multiPart("file", "a.pdf", pdf(100), PDF_TYPE)
                .multiPart("date", "31/03/2026").multiPart("keyQuestions", "first").when().post(pack())
                .then().statusCode(400).body("errors.field", equalTo(List.of("title", "date", "keyQuestions[0]")));
        assertThat(Stored.count("SELECT count(*) FROM evidence_item WHERE cycle_id = ?", UUID.fromString(cycleId)))
                .isZero();
    }

    @Test
    void linksMustBeHttpsAndWhatAnItemSupportsMustBeTheCyclesAndTheCouncils() {
        link("http://www.example.org/plan", "{}").statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("url")));
        link("javascript:alert(1)", "{}").statusCode(422).body("errors.field", equalTo(List.of("url")));
        link("https://www.example.org/plan", "{\"questions\":[\"D1.1.2\",\"9.9.9\"],\"indicators\":[\"QI 7.7\"],"
                + "\"swotItems\":[\"" + UUID.randomUUID() + "\"],\"keyQuestions\":[1]}").statusCode(422)
                .body("errors.field", equalTo(List.of("questions[1]", "indicators[0]", "swotItems[0]",
                        "keyQuestions[0]")));
        assertThat(Stored.count("SELECT count(*) FROM evidence_item WHERE cycle_id = ?", UUID.fromString(cycleId)))
                .isZero();

        String swotId = given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("""
                        {"context":"A large city council","swot":[{"kind":"strength","text":"Strong partnerships",
                         "priority":1}],"summary":"Improving"}""")
                .when().put("/cycles/" + cycleId + "/evaluations/" + GLASGOW + "/statement")
                .then().statusCode(200).extract().path("swot[0].id");
        String id = link("https://www.example.org/plan", "{\"questions\":[\"D1.1.2\"],\"indicators\":[\"D1.1\"],"
                + "\"swotItems\":[\"" + swotId + "\"],\"date\":\"2026-03-31\"}").statusCode(201)
                .body("kind", equalTo("link"), "url", equalTo("https://www.example.org/plan"))
                .body("contentPath", nullValue(), "questions", equalTo(List.of("D1.1.2")))
                .body("swotItems", equalTo(List.of(swotId)), "date", equalTo("2026-03-31"))
                .extract().path("id");
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(pack() + "/" + id + "/content").then()
                .statusCode(404);

        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"title\":\"Improvement plan 2026\",\"url\":\"https://www.example.org/plan-2026\","
                        + "\"indicators\":[\"D1.1\"]}")
                .when().put(pack() + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo("Improvement plan 2026"), "questions", equalTo(List.of()));
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"title\":\"Stale\"}").when().put(pack() + "/" + id).then().statusCode(412);
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).body("{\"title\":\"No match\"}")
                .when().put(pack() + "/" + id).then().statusCode(428);

        given().auth().oauth2(Tokens.viewer(GLASGOW)).when().delete(pack() + "/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().delete(pack() + "/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(pack() + "/" + id).then().statusCode(404);
        assertThat(Stored.audit(UUID.fromString(cycleId), GLASGOW, "evidence.removed")).hasSize(1);
        assertThat(Stored.audit(UUID.fromString(cycleId), GLASGOW, "evidence.changed")).hasSize(1);
    }

    @Test
    void partnersSeeThePackExactlyWhenTheAnswersAreShownAndASubmittedPackKeepsWhatTheySaw() throws Exception {
        cycleId = Rubrics.openCycle(LocalDate.now().plusMonths(2), "on-submission");
        UUID quadId = UUID.randomUUID();
        TestKafka.send(Topics.QUADS, quadId.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quadId.toString(), new QuadV1(quadId, UUID.fromString(cycleId), "Quad " + quadId,
                        List.of(GLASGOW, Tokens.EDINBURGH))));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Stored.count("SELECT count(*) FROM quad_member WHERE quad_id = ?", quadId) == 2);
        byte[] pdf = pdf(2000);
        String id = upload(Tokens.editor(GLASGOW), pdf, "plan.pdf", PDF_TYPE, "Plan").statusCode(201)
                .extract().path("id");

        given().auth().oauth2(Tokens.viewer(Tokens.EDINBURGH)).when().get(pack()).then().statusCode(200)
                .body("shown", equalTo(false), "items", hasSize(0), "explanation", containsString("once it submits"));
        given().auth().oauth2(Tokens.viewer(Tokens.EDINBURGH)).when().get(pack() + "/" + id + "/content").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.viewer(Tokens.DUNDEE)).when().get(pack()).then().statusCode(403);
        upload(Tokens.editor(Tokens.EDINBURGH), pdf, "plan.pdf", PDF_TYPE, "Not theirs").statusCode(403);

        Rubrics.submitted(cycleId, GLASGOW);
        given().auth().oauth2(Tokens.viewer(Tokens.EDINBURGH)).when().get(pack()).then().statusCode(200)
                .body("shown", equalTo(true), "mayChange", equalTo(false), "items.id", equalTo(List.of(id)))
                .body("items[0].shared", equalTo(true));
        assertThat(given().auth().oauth2(Tokens.viewer(Tokens.EDINBURGH)).when().get(pack() + "/" + id + "/content")
                .then().statusCode(200).extract().asByteArray()).isEqualTo(pdf);
        given().auth().oauth2(Tokens.viewer(Tokens.DUNDEE)).when().get(pack() + "/" + id + "/content").then()
                .statusCode(403);

        given().auth().oauth2(Tokens.editor(GLASGOW)).when().delete(pack() + "/" + id).then().statusCode(409);
        upload(Tokens.editor(GLASGOW), pdf, "late.pdf", PDF_TYPE, "Late").statusCode(409);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"reason\":\"Please add the attendance figures\"}")
                .when().post("/cycles/" + cycleId + "/evaluations/" + GLASGOW + "/return").then().statusCode(200);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().delete(pack() + "/" + id).then().statusCode(409)
                .body("detail", containsString("partners may have seen"));
        String added = upload(Tokens.editor(GLASGOW), pdf(100), "attendance.pdf", PDF_TYPE, "Attendance")
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().delete(pack() + "/" + added).then().statusCode(204);
    }

    private ValidatableResponse upload(String token, byte[] bytes, String fileName, String type, String title) {
        RequestSpecification request = given().auth().oauth2(token).multiPart("file", fileName, bytes, type);
        if (title != null) {
            request = request.multiPart("title", title);
        }
        return request.when().post(pack()).then();
    }

    private ValidatableResponse link(String url, String extra) {
        String body = "{\"title\":\"Improvement plan\",\"url\":\"" + url + "\"" + (extra.equals("{}") ? "}"
                : "," + extra.substring(1));
        return given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).body(body)
                .when().post(pack()).then();
    }

    private String pack() {
        return "/cycles/" + cycleId + "/evaluations/" + GLASGOW + "/evidence";
    }

    /** A PDF's opening and filler up to the size asked for. */
    private static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) ' ');
        byte[] start = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, pdf, 0, start.length);
        byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(end, 0, pdf, size - end.length, end.length);
        return pdf;
    }

    private static byte[] csv(int size) {
        StringBuilder csv = new StringBuilder("school,leavers,positive\n");
        for (int i = 0; csv.length() < size; i++) {
            csv.append("School ").append(i).append(',').append(100 + i % 50).append(',').append(90 + i % 9)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Attendance").createRow(0).createCell(0).setCellValue("Attendance 93%");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipOf(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("Some notes".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
