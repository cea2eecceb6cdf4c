package scot.quads.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The robots rules: search engines may index the published reports ({@link SitemapFile}) and nothing else. */
@Path("/robots.txt")
public class SearchEngineFiles {

    @GET
    public Response robots(@Context UriInfo uri, @Context Request request) {
        String rules = "# Only the published findings reports are for search engines; every other page needs a"
                + " sign-in.\nUser-agent: *\nAllow: /reports\nDisallow: /\n\nSitemap: "
                + PublicReportPages.base(uri) + "/sitemap.xml\n";
        return PublicReportPages.cacheable(request, rules, "text/plain; charset=utf-8");
    }
}
