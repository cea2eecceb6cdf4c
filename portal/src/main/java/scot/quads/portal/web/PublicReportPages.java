package scot.quads.portal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.PublicFindingsApi;
import scot.quads.portal.client.PublicFindingsApi.Report;
import scot.quads.portal.client.PublicFindingsApi.Summary;
import scot.quads.portal.client.ServiceProblem;

/**
 * The public part of the portal, the only pages anyone may read without signing in: councils' published findings
 * reports by council and year, each report as a page, a PDF and a Word document, and an Atom feed of publications. The pages show nobody's name and
 * nothing of whoever is signed in, so any cache may keep them (five minutes, then it asks again with the ETag).
 * {@link SearchEngineFiles} serves the robots rules and the sitemap.
 */
@Path("/reports")
public class PublicReportPages {

    static final String CACHE = "public, max-age=300";
    static final String ATOM = "application/atom+xml; charset=utf-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<Summary> reports, List<String> councils, List<Integer> years,
                String council, Integer year, int total);

        static native TemplateInstance report(Report report);
    }

    private final PublicFindingsApi findings;

    public PublicReportPages(@RestClient PublicFindingsApi findings) {
        this.findings = findings;
    }

    @GET
    public Response reports(@QueryParam("council") String council, @QueryParam("year") String year,
            @Context Request request) {
        List<Summary> all = published();
        Integer chosenYear = year(year);
        String chosenCouncil = council == null || council.isBlank() ? null : council.strip();
        List<Summary> shown = all.stream()
                .filter(r -> chosenCouncil == null || r.councilName().equals(chosenCouncil)
                        || r.councilCode().equalsIgnoreCase(chosenCouncil))
                .filter(r -> chosenYear == null || yearOf(r) == chosenYear)
                .toList();
        List<String> councils = all.stream().map(Summary::councilName).distinct().sorted().toList();
        List<Integer> years = all.stream().map(PublicReportPages::yearOf).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        return cacheable(request, Templates.reports(shown, councils, years, chosenCouncil, chosenYear, all.size())
                .render(), "text/html; charset=utf-8");
    }

    @GET
    @Path("/{reportId}")
    public Response report(@PathParam("reportId") String reportId, @Context Request request) {
        Report report = findings.report(id(reportId));
        return cacheable(request, Templates.report(report).render(), "text/html; charset=utf-8");
    }

    @GET
    @Path("/{reportId}/pdf")
    public Response pdf(@PathParam("reportId") String reportId, @Context Request request) {
        UUID id = id(reportId);
        Report report = findings.report(id);
        return file(request, findings.pdf(id), "application/pdf", "inline", report.title() + ".pdf");
    }

    @GET
    @Path("/{reportId}/docx")
    public Response docx(@PathParam("reportId") String reportId, @Context Request request) {
        UUID id = id(reportId);
        Report report = findings.report(id);
        return file(request, findings.docx(id), PublicFindingsApi.DOCX, "attachment", report.title() + ".docx");
    }

    private static Response file(Request request, byte[] content, String mediaType, String disposition,
            String fileName) {
        EntityTag tag = new EntityTag(digest(content));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
        }
        String name = fileName.replaceAll("[^A-Za-z0-9 ().-]", "").replaceAll("\\s+", " ").strip();
        return Response.ok(content, mediaType).tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header("Content-Disposition", disposition + "; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("/feed")
    public Response feed(@Context UriInfo uri, @Context Request request) {
        String base = base(uri);
        List<Summary> reports = published();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n"
                + "  <title>Quads: published findings reports</title>\n"
                + "  <subtitle>Councils' findings reports from their Quads self-evaluation rounds</subtitle>\n"
                + "  <id>" + base + "/reports</id>\n"
                + "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + base + "/reports/feed\"/>\n"
                + "  <link rel=\"alternate\" type=\"text/html\" href=\"" + base + "/reports\"/>\n"
                + "  <updated>" + atomTime(reports.isEmpty() ? OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0,
                        ZoneOffset.UTC) : reports.get(0).publishedAt()) + "</updated>\n"
                + "  <author><name>Quads</name></author>\n");
        for (Summary report : reports) {
            String link = base + "/reports/" + report.id();
            String title = report.councilName() + ": findings report " + report.cycleName()
                    + (report.edition() > 1 ? " (edition " + report.edition() + ")" : "");
            xml.append("  <entry>\n")
                    .append("    <title>").append(xml(title)).append("</title>\n")
                    .append("    <id>urn:uuid:").append(report.id()).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(link).append("\"/>\n")
                    .append("    <link rel=\"enclosure\" type=\"application/pdf\" href=\"").append(link)
                    .append("/pdf\"/>\n")
                    .append("    <published>").append(atomTime(report.publishedAt())).append("</published>\n")
                    .append("    <updated>").append(atomTime(report.publishedAt())).append("</updated>\n")
                    .append("    <summary>").append(xml(report.councilName() + " published its findings report for "
                            + report.cycleName() + (report.edition() > 1 ? ", a corrected edition" : "") + "."))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return cacheable(request, xml.toString(), ATOM);
    }

    List<Summary> published() {
        return findings.published(null, null);
    }

    /** The body with its ETag and public caching, or 304 when the client already holds it. */
    static Response cacheable(Request request, String body, String mediaType) {
        EntityTag tag = new EntityTag(digest(body.getBytes(StandardCharsets.UTF_8)));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
        }
        return Response.ok(body, mediaType).tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
    }

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ServiceProblem(404, "Not Found", "No published report has that address", List.of(), null);
        }
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int yearOf(Summary report) {
        return report.publishedAt().atZoneSameInstant(Labels.UK).getYear();
    }

    static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String atomTime(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)
                .withNano(0));
    }

    private static String xml(String text) {
        return Objects.toString(text, "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
