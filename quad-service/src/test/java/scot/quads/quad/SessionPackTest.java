package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * The session pack in one click, PDF and Word: the session, its agenda with every shown member's level and extracts,
 * flags and questions to ask, the open and answered challenges, the actions to follow up; and only what the reader
 * may see.
 */
@QuarkusTest
@QuadsTestStack
class SessionPackTest {

    private static final OffsetDateTime NEXT_WEEK = OffsetDateTime.now(ZoneOffset.UTC).plusWeeks(1)
            .truncatedTo(ChronoUnit.MINUTES);

    @Test
    void thePackCarriesTheAgendaWithEachMembersLevelAndWordsTheChallengesAndTheirAnswersInPdfAndWord()
            throws IOException {
        Partners quad = Partners.revealed("pack");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AssignmentResourceTest.assign("es-link", "inspector-" + suffix, quad.quadId(), null).then().statusCode(201);
        String inspector = Tokens.linkInspector("inspector-" + suffix);
        CommentResourceTest.post(inspector, quad, "1.1.1", quad.b(), "challenge", "Where is the evidence of impact?")
                .then().statusCode(201);
        String answered = CommentResourceTest.post(Tokens.editor(quad.a()), quad, "1.1.2", quad.c(), "challenge",
                "Why the same level as last year?").then().statusCode(201).extract().path("id");
        CommentResourceTest.reply(Tokens.editor(quad.c()), quad, answered, "The new tracker started in June.")
                .then().statusCode(201);
        Map<String, Object> body = SessionDialogueTest.session(NEXT_WEEK);
        body.put("location", "Stirling");
        body.put("purpose", Map.of("kind", "key-question", "council", quad.a(), "text", "How do we use our data?"));
        body.put("items", List.of(Map.of("kind", "rubric-item", "questionCode", "1.1.1"),
                Map.of("kind", "topic", "title", "Sharing the trackers")));
        String session = SessionDialogueTest.schedule(Tokens.editor(quad.a()), quad, body).then().statusCode(201)
                .extract().path("id");

        byte[] pdf = pack(Tokens.viewer(quad.d()), quad, session, null).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("session pack"))
                .header("Content-Disposition", containsString(".pdf"))
                .extract().asByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("session pack", "Stirling", "How do we use our data?", "1. 1.1.1",
                "How well are we raising attainment?", "level 2", "level 3", "level 4", "level 5",
                "pack-" + quad.b(), "Questions to ask", "2. Sharing the trackers",
                "Waiting for an answer", "Where is the evidence of impact?", "from inspector-" + suffix,
                "Answered", "Why the same level as last year?", "The new tracker started in June.")
                // Graded per question: the pack speaks of questions, not of quality indicators.
                .doesNotContainIgnoringCase("quality indicator");

        byte[] docx = pack(Tokens.ades(), quad, session, "docx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", containsString(".docx")).extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            assertThat(paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("The session", "Agenda", "Challenges", "Actions to follow up");
            assertThat(paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .contains("2. Sharing the trackers", "Waiting for an answer", "Answered");
            assertThat(paragraphs.stream().map(XWPFParagraph::getText).toList())
                    .anySatisfy(p -> assertThat(p).contains("pack-" + quad.c()));
        }

        pack(Tokens.ades(), quad, session, "xls").then().statusCode(400).contentType("application/problem+json");
        pack(Tokens.editor(Feed.newCouncilCode()), quad, session, null).then().statusCode(403);
        pack(Tokens.ades(), quad, UUID.randomUUID().toString(), null).then().statusCode(404);
    }

    @Test
    void beforeTheRevealAMembersPackCarriesNoPartnersAnswer() throws IOException {
        Partners quad = Partners.form();
        quad.submit(quad.a(), 2, "early");
        quad.submit(quad.b(), 6, "hidden");
        String session = SessionDialogueTest.schedule(Tokens.editor(quad.a()), quad,
                SessionDialogueTest.withAgenda(SessionDialogueTest.session(NEXT_WEEK), List.of("1.1.1")))
                .then().statusCode(201).extract().path("id");

        String text = pdfText(pack(Tokens.editor(quad.a()), quad, session, "pdf").then().statusCode(200)
                .extract().asByteArray());
        assertThat(text).contains("1. 1.1.1", "No member's answer to this question is shown to you yet")
                .doesNotContain("hidden-" + quad.b()).doesNotContain("level 6");
    }

    static io.restassured.response.Response pack(String token, Partners quad, String session, String format) {
        var request = given().auth().oauth2(token);
        if (format != null) {
            request.queryParam("format", format);
        }
        return request.when().get("/quads/" + quad.quadId() + "/sessions/" + session + "/pack");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
