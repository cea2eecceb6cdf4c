package scot.quads.portal.web;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.PublicFindingsApi;
import scot.quads.portal.client.PublicFindingsApi.Summary;

/** The sitemap for search engines: the list of published reports and every published report's page. */
@Path("/sitemap.xml")
public class SitemapFile {

    private final PublicFindingsApi findings;

    public SitemapFile(@RestClient PublicFindingsApi findings) {
        this.findings = findings;
    }

    @GET
    public Response sitemap(@Context UriInfo uri, @Context Request request) {
        String base = PublicReportPages.base(uri);
        List<Summary> published = findings.published(null, null);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <url><loc>" + base + "/reports</loc></url>\n");
        for (Summary report : published) {
            xml.append("  <url><loc>").append(base).append("/reports/").append(report.id()).append("</loc><lastmod>")
                    .append(report.publishedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())
                    .append("</lastmod></url>\n");
        }
        xml.append("</urlset>\n");
        return PublicReportPages.cacheable(request, xml.toString(), "application/xml; charset=utf-8");
    }
}
