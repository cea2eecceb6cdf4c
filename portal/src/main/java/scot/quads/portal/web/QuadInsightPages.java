package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.ItemWords;
import scot.quads.portal.client.PublishedVersions;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.LearningPartners;
import scot.quads.portal.client.QuadApi.LevelCount;
import scot.quads.portal.client.QuadApi.MemberStatus;
import scot.quads.portal.client.QuadApi.NationalPicture;
import scot.quads.portal.client.QuadApi.NationalQuestion;
import scot.quads.portal.client.QuadApi.Trend;
import scot.quads.portal.client.QuadApi.TrendCycle;
import scot.quads.portal.client.QuadApi.TrendPoint;
import scot.quads.portal.client.QuadApi.TrendQuestion;
import scot.quads.portal.client.ServiceProblem;

/**
 * What a partner learns beyond the quad's table: whom to call where their council is weaker, how councils across
 * Scotland graded themselves (anonymised, small counts suppressed), and their own levels across cycles. Charts are
 * inline SVG with a text alternative, each beside a table of the same figures. A council user sees their own
 * council; ADES picks a member with {@code ?council=}.
 */
@Path("/quads/{quadId}")
@Produces(MediaType.TEXT_HTML)
public class QuadInsightPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance learningPartners(Comparison comparison, MemberStatus council,
                LearningPartners partners);

        static native TemplateInstance national(Comparison comparison, MemberStatus council, NationalPicture picture,
                List<LevelCount> scale, List<NationalRow> rows);

        static native TemplateInstance trend(Comparison comparison, MemberStatus council, Trend trend,
                List<TrendRow> rows, ItemWords words);
    }

    /** One question of the national picture: its chart (absent while suppressed) and its figures in words. */
    public record NationalRow(NationalQuestion question, RawString chart, List<String> counts, String ownLevel) {
    }

    /** One question of the trend: its chart and each cycle's point in words. */
    public record TrendRow(TrendQuestion question, RawString chart, List<String> points) {
    }

    private final QuadApi quads;
    private final PublishedVersions versions;
    private final CurrentUser user;

    public QuadInsightPages(@RestClient QuadApi quads, PublishedVersions versions, CurrentUser user) {
        this.quads = quads;
        this.versions = versions;
        this.user = user;
    }

    @GET
    @Path("/learning-partners")
    public String learningPartners(@PathParam("quadId") UUID quadId, @QueryParam("council") String council) {
        Comparison comparison = quads.comparison(quadId);
        MemberStatus member = member(comparison, council);
        LearningPartners partners = quads.learningPartners(quadId, user.isAdes() ? member.code() : null);
        return Templates.learningPartners(comparison, member, partners).render();
    }

    @GET
    @Path("/national")
    public String national(@PathParam("quadId") UUID quadId, @QueryParam("council") String council) {
        Comparison comparison = quads.comparison(quadId);
        MemberStatus member = member(comparison, council);
        NationalPicture picture = quads.national(comparison.cycle().id(), user.isAdes() ? member.code() : null);
        List<LevelCount> scale = comparison.scale() != null && !comparison.scale().isEmpty()
                ? comparison.scale().stream().map(level -> new LevelCount(level.value(), level.label(), 0)).toList()
                : picture.questions().stream().filter(q -> q.distribution() != null)
                        .map(NationalQuestion::distribution).findFirst().orElse(List.of());
        List<NationalRow> rows = new ArrayList<>();
        for (NationalQuestion question : picture.questions()) {
            String own = question.councilLevel() != null ? levelText(question.councilLevel(), scale)
                    : Boolean.TRUE.equals(question.councilNotApplicable()) ? "Not applicable" : "No level";
            RawString chart = null;
            List<String> counts = new ArrayList<>();
            if (question.distribution() != null) {
                List<Charts.Bar> bars = new ArrayList<>();
                for (LevelCount count : question.distribution()) {
                    boolean mine = question.councilLevel() != null && question.councilLevel() == count.level();
                    bars.add(new Charts.Bar(count.level() + " " + count.label(), count.councils(), mine));
                }
                for (LevelCount level : scale) {
                    counts.add(question.distribution().stream().filter(c -> c.level() == level.level())
                            .map(c -> String.valueOf(c.councils())).findFirst().orElse("0"));
                }
                chart = Charts.bars(Charts.id("national", question.questionCode()),
                        question.questionCode() + ": how many councils gave each level", bars,
                        member.name() == null ? "your level" : member.name() + "'s level");
            }
            rows.add(new NationalRow(question, chart, counts, own));
        }
        return Templates.national(comparison, member, picture, scale, rows).render();
    }

    @GET
    @Path("/trend")
    public String trend(@PathParam("quadId") UUID quadId, @QueryParam("council") String council) {
        Comparison comparison = quads.comparison(quadId);
        MemberStatus member = member(comparison, council);
        Trend trend = quads.trend(member.code());
        int top = comparison.scale() == null || comparison.scale().isEmpty() ? 6 : comparison.scale().size();
        List<TrendRow> rows = new ArrayList<>();
        for (TrendQuestion question : trend.questions()) {
            List<Charts.Point> points = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (int i = 0; i < question.points().size(); i++) {
                TrendPoint point = question.points().get(i);
                TrendCycle cycle = i < trend.cycles().size() ? trend.cycles().get(i) : null;
                String text = pointText(point);
                words.add(text);
                points.add(new Charts.Point(cycle == null ? "" : cycle.name(), point.level(), text));
            }
            rows.add(new TrendRow(question, Charts.line(Charts.id("trend", question.questionCode()),
                    question.questionCode() + ": level in each cycle, on a scale of 1 to " + top, points, top),
                    words));
        }
        return Templates.trend(comparison, member, trend, rows, trendWords(comparison, trend)).render();
    }

    /**
     * The trend follows the items of the newest cycle the council submitted, which may not be this quad's: words
     * from that cycle's version (the quad's own when it is the same version, or when the version cannot be read).
     */
    private ItemWords trendWords(Comparison comparison, Trend trend) {
        if (trend.cycles() == null || trend.cycles().isEmpty()) {
            return comparison.cycle().words();
        }
        UUID newest = trend.cycles().get(trend.cycles().size() - 1).rubricVersionId();
        if (newest == null || newest.equals(comparison.cycle().rubricVersionId())) {
            return comparison.cycle().words();
        }
        try {
            return ItemWords.of(versions.get(newest).gradedPerIndicator());
        } catch (RuntimeException unreadable) {
            return comparison.cycle().words();
        }
    }

    static String pointText(TrendPoint point) {
        if (!point.comparable()) {
            return point.note() == null ? "Not comparable" : point.note();
        }
        String text = point.notApplicable() ? "Not applicable"
                : point.level() != null ? point.level() + " " + (point.levelLabel() == null ? "" : point.levelLabel())
                : "Not answered";
        return point.note() == null ? text.trim() : text.trim() + " (" + point.note() + ")";
    }

    private static String levelText(int level, List<LevelCount> scale) {
        return scale.stream().filter(s -> s.level() == level).findFirst()
                .map(s -> level + " " + s.label()).orElse(String.valueOf(level));
    }

    /** The member the page is about: the user's own council, or for ADES the one named (else the first). */
    private MemberStatus member(Comparison comparison, String council) {
        String code = user.isAdes() ? council : user.getCouncil();
        List<MemberStatus> members = comparison.members();
        if (user.isAdes() && (code == null || code.isBlank()) && !members.isEmpty()) {
            return members.get(0);
        }
        return members.stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new ServiceProblem(403, "Forbidden",
                        "These pages are for the quad's members and ADES.", null, null));
    }
}
