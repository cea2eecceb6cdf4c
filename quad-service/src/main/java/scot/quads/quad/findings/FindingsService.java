package scot.quads.quad.findings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.payload.FindingsReportV1;
import scot.quads.quad.Action;
import scot.quads.quad.Assignment;
import scot.quads.quad.Council;
import scot.quads.quad.CouncilFocus;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.QuadSession;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.comparison.LearningPartners;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.event.FindingsEvents;
import scot.quads.quad.findings.FindingsReport.Paragraph;
import scot.quads.quad.findings.FindingsReport.Section;
import scot.quads.quad.membership.QuadService;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.reveal.RevealService;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.CouncilCodes;

/**
 * Each council's findings report for a cycle: started once the quad's answers are revealed to its members,
 * pre-filled from what the round produced ({@link FindingsDraft}), edited section by section, agreed by an editor
 * of the council and by ADES (or the ADES officer assigned to the quad), published by ADES. A published edition is
 * never changed: a correction is the next edition, and publishing it marks the one before superseded (both stay
 * readable). Until it is published, a report is read by the council's own users, ADES and the officers and
 * inspectors assigned to its quad, and written by the council's editors, ADES and those officers and inspectors.
 * Every change is audited, and every step announced on {@code quads.findings-reports}.
 */
@ApplicationScoped
public class FindingsService {

    /** Longest paragraph, in characters, and most paragraphs a section holds. */
    public static final int LONGEST_PARAGRAPH = 10_000;
    public static final int MOST_PARAGRAPHS = 200;

    private final QuadService quads;
    private final RevealService reveals;
    private final CycleRepository cycles;
    private final CouncilRepository councils;
    private final RubricVersionRepository rubricVersions;
    private final CouncilCodes codes;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;
    private final QuadConfig config;

    public FindingsService(QuadService quads, RevealService reveals, CycleRepository cycles,
            CouncilRepository councils, RubricVersionRepository rubricVersions, CouncilCodes codes, Caller caller,
            Outbox outbox, Clock clock, QuadConfig config) {
        this.quads = quads;
        this.reveals = reveals;
        this.cycles = cycles;
        this.councils = councils;
        this.rubricVersions = rubricVersions;
        this.codes = codes;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    /** An edition with the council's other editions (first first) and what it still needs before publication. */
    public record ReportView(FindingsReport report, List<FindingsReport> editions, List<Problem.FieldError> missing) {
    }

    /** A paragraph as the editor sends it: {@code id} of one the section holds (null for a new one), its text. */
    public record ParagraphEdit(UUID id, String text) {
    }

    /** The council's latest edition; 404 until someone starts the report. */
    public ReportView current(UUID quadId, String code) {
        Quad quad = quads.liveQuad(quadId);
        String council = member(quad, code);
        readable(quad, council);
        FindingsReport report = FindingsReport.latest(quad.cycleId, council).orElseThrow(() -> notStarted(council));
        return view(report);
    }

    /** Starts the council's report, pre-filled; 409 when it has been started already. */
    @Transactional
    public ReportView start(UUID quadId, String code) {
        Quad quad = quads.liveQuad(quadId);
        String council = member(quad, code);
        writable(quad, council);
        if (FindingsReport.latest(quad.cycleId, council).isPresent()) {
            throw ProblemException.conflict("The findings report of " + council + " for this cycle has been started"
                    + " already: read it and edit its sections");
        }
        RevealService.QuadAnswers seen = reveals.answers(quad);
        if (!seen.decision().revealedToMembers()) {
            throw ProblemException.conflict("A findings report is drafted once the quad has compared its answers,"
                    + " and they are not revealed to its members yet: " + seen.decision().explanation());
        }
        Submission own = seen.decision().shows(council) ? seen.submissions().get(council) : null;
        if (own == null) {
            throw ProblemException.conflict("The findings report is drafted from the council's submitted"
                    + " self-evaluation, and " + council + " has none shown in this cycle (returned or recalled)");
        }
        Cycle cycle = cycles.find(quad.cycleId).orElseThrow();
        RubricVersion rubric = rubricVersions.find(cycle.rubricVersionId);
        Map<String, Council> members = councils.byCode(quad.memberCodes());
        Map<String, String> names = new HashMap<>();
        quad.memberCodes().forEach(c -> names.put(c, members.containsKey(c) ? members.get(c).name : c));
        List<LearningPartners.QuestionPartners> learning = rubric == null || !seen.decision().revealed() ? List.of()
                : LearningPartners.find(rubric, council, own, seen.shown(), names);
        OffsetDateTime now = now();
        List<QuadSession> held = QuadSession.ofQuad(quad.id).stream().filter(s -> !s.startsAt.isAfter(now))
                .toList();
        List<Assignment> assigned = new ArrayList<>(Assignment.search(quad.id, null, null, false));
        assigned.addAll(Assignment.search(null, council, null, false));
        List<Action> actions = Action.ofQuad(quad.id).stream().filter(a -> a.ownerCouncil.equals(council)).toList();
        List<String> partners = quad.memberCodes().stream().filter(c -> !c.equals(council)).map(names::get)
                .toList();
        List<Section> sections = FindingsDraft.prefill(new FindingsDraft.Inputs(names.get(council), cycle.name,
                quad.id, quad.name, partners, own, rubric, held, assigned, learning, actions, config.timeZone(),
                CouncilFocus.agreed(quad.cycleId, council).orElse(null)));

        FindingsReport report = new FindingsReport();
        report.id = UUID.randomUUID();
        report.cycleId = quad.cycleId;
        report.cycleName = cycle.name;
        report.quadId = quad.id;
        report.councilCode = council;
        report.councilName = names.get(council);
        report.edition = 1;
        report.state = FindingsReport.DRAFT;
        report.sections = sections;
        report.createdAt = now;
        report.createdBy = caller.username();
        stamp(report, now);
        report.persistAndFlush();
        audit(report, FindingsAudit.DRAFTED, null, null, null, now);
        announce(Events.FINDINGS_REPORT_DRAFTED, report, now);
        return view(report);
    }

    /**
     * Replaces a section's paragraphs at the version the caller last read. A paragraph sent with its id keeps its
     * source (marked edited when its text changed); one without is the writer's own. Editing an agreed edition
     * takes it back to draft, and any agreement given is withdrawn: the text agreed is no longer the text.
     */
    @Transactional
    public ReportView editSection(UUID quadId, String code, String sectionKey, ETags.IfMatch ifMatch,
            List<ParagraphEdit> edits) {
        Quad quad = quads.liveQuad(quadId);
        String council = member(quad, code);
        writable(quad, council);
        FindingsReport report = lockedLatest(quad, council);
        Section section = report.section(sectionKey).orElseThrow(() -> new ProblemException(404, "Not found",
                "A findings report has no section " + sectionKey + "; its sections are "
                        + String.join(", ", FindingsDraft.keys()), null, null));
        expect(report, ifMatch);
        if (report.isPublic()) {
            throw publishedIsNeverChanged(report);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<UUID, Paragraph> held = new HashMap<>();
        section.paragraphs().forEach(p -> held.put(p.id(), p));
        Set<UUID> seen = new HashSet<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        if (edits.size() > MOST_PARAGRAPHS) {
            errors.add(new Problem.FieldError("paragraphs", "holds at most " + MOST_PARAGRAPHS + " paragraphs"));
        }
        for (int i = 0; i < edits.size(); i++) {
            ParagraphEdit edit = edits.get(i);
            String field = "paragraphs[" + i + "]";
            String text = edit.text() == null ? "" : edit.text().strip();
            if (text.isEmpty()) {
                errors.add(new Problem.FieldError(field + ".text", "must not be blank: leave the paragraph out to"
                        + " remove it"));
            } else if (text.length() > LONGEST_PARAGRAPH) {
                errors.add(new Problem.FieldError(field + ".text", "must be at most " + LONGEST_PARAGRAPH
                        + " characters, not " + text.length()));
            } else if (text.indexOf('\u0000') >= 0) {
                errors.add(new Problem.FieldError(field + ".text", "must not contain a NUL character"));
            }
            if (edit.id() == null) {
                paragraphs.add(new Paragraph(UUID.randomUUID(), text, null, false));
                continue;
            }
            Paragraph before = held.get(edit.id());
            if (before == null) {
                errors.add(new Problem.FieldError(field + ".id", "is not a paragraph of this section (" + edit.id()
                        + "); send a new paragraph without an id"));
            } else if (!seen.add(edit.id())) {
                errors.add(new Problem.FieldError(field + ".id", "sends paragraph " + edit.id() + " twice"));
            } else {
                boolean changed = !before.text().equals(text);
                paragraphs.add(new Paragraph(before.id(), text, before.source(), before.edited() || changed));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The section " + section.title() + " cannot be saved: "
                    + String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()), errors);
        }
        if (paragraphs.equals(section.paragraphs())) {
            return view(report);
        }
        OffsetDateTime now = now();
        report.sections = report.sections.stream()
                .map(s -> s.key().equals(sectionKey) ? new Section(s.key(), s.title(), paragraphs) : s).toList();
        audit(report, FindingsAudit.SECTION_EDITED, sectionKey, section.paragraphs(), paragraphs, now);
        if (report.councilAgreedAt != null || report.adesAgreedAt != null) {
            report.councilAgreedAt = null;
            report.councilAgreedBy = null;
            report.adesAgreedAt = null;
            report.adesAgreedBy = null;
            report.state = FindingsReport.DRAFT;
            audit(report, FindingsAudit.AGREEMENT_WITHDRAWN, sectionKey, null, null, now);
        }
        stamp(report, now);
        FindingsReport.flush();
        return view(report);
    }

    /**
     * Records the caller's agreement: an editor of the council for the council, ADES or the ADES officer assigned
     * to the quad for ADES. Agreed once both have; agreeing again changes nothing.
     */
    @Transactional
    public ReportView agree(UUID quadId, String code, ETags.IfMatch ifMatch) {
        Quad quad = quads.liveQuad(quadId);
        String council = member(quad, code);
        readable(quad, council);
        boolean forCouncil = caller.isEditor() && caller.belongsTo(council);
        boolean forAdes = caller.isAdes() || caller.isAssignedReader() && caller.isAdesOfficer();
        if (!forCouncil && !forAdes) {
            throw ProblemException.forbidden("A findings report is agreed by an editor of " + council + " and by"
                    + " ADES or the ADES officer assigned to the quad");
        }
        FindingsReport report = lockedLatest(quad, council);
        expect(report, ifMatch);
        if (report.isPublic()) {
            throw ProblemException.conflict("Edition " + report.edition + " of this report is " + report.state
                    + " already; a correction, once started, is agreed in its turn");
        }
        OffsetDateTime now = now();
        boolean changed = false;
        if (forCouncil && report.councilAgreedAt == null) {
            report.councilAgreedAt = now;
            report.councilAgreedBy = caller.username();
            changed = true;
        }
        if (forAdes && report.adesAgreedAt == null) {
            report.adesAgreedAt = now;
            report.adesAgreedBy = caller.username();
            changed = true;
        }
        if (!changed) {
            return view(report);
        }
        audit(report, FindingsAudit.AGREED, null, null, null, now);
        boolean agreed = report.councilAgreedAt != null && report.adesAgreedAt != null;
        if (agreed) {
            report.state = FindingsReport.AGREED;
        }
        stamp(report, now);
        // Written before the event: the outbox's write flushes the session, and one change is one version.
        FindingsReport.flush();
        if (agreed) {
            announce(Events.FINDINGS_REPORT_AGREED, report, now);
        }
        return view(report);
    }

    /** ADES publishes an agreed edition; 409 naming each agreement still missing otherwise. */
    @Transactional
    public ReportView publish(UUID quadId, String code, ETags.IfMatch ifMatch) {
        Quad quad = quads.liveQuad(quadId);
        String council = member(quad, code);
        if (!caller.isAdes()) {
            throw ProblemException.forbidden("Only ADES publishes a findings report");
        }
        FindingsReport report = lockedLatest(quad, council);
        expect(report, ifMatch);
        if (report.isPublic()) {
            throw ProblemException.conflict("Edition " + report.edition + " of this report was published on "
                    + report.publishedAt + " already");
        }
        List<Problem.FieldError> missing = missing(report);
        if (!missing.isEmpty()) {
            throw new ProblemException(409, "Conflict", "The report cannot be published until it is agreed: "
                    + String.join("; ", missing.stream().map(Problem.FieldError::message).toList()), missing, null);
        }
        OffsetDateTime now = now();
        report.state = FindingsReport.PUBLISHED;
        report.publishedAt = now;
        report.publishedBy = caller.username();
        stamp(report, now);
        audit(report, FindingsAudit.PUBLISHED, null, null, null, now);
        FindingsReport earlier = null;
        if (report.supersedes != null) {
            earlier = FindingsReport.findById(report.supersedes);
            earlier.state = FindingsReport.SUPERSEDED;
            earlier.supersededAt = now;
            earlier.supersededBy = report.id;
            stamp(earlier, now);
            audit(earlier, FindingsAudit.SUPERSEDED, null, null, null, now);
        }
        FindingsReport.flush();
        if (earlier != null) {
            announce(Events.FINDINGS_REPORT_SUPERSEDED, earlier, now);
        }
        announce(Events.FINDINGS_REPORT_PUBLISHED, report, now);
        return view(report);
    }

    /**
     * Starts a correction of the published edition: the next edition, a draft with the same text, which supersedes
     * the published one when it is published in its turn.
     */
    @Transactional
    public ReportView correct(UUID quadId, String code, ETags.IfMatch ifMatch, String reason) {
        Quad quad = quads.liveQuad(quadId);
        String council = member(quad, code);
        writable(quad, council);
        FindingsReport published = lockedLatest(quad, council);
        expect(published, ifMatch);
        String why = reason == null ? "" : reason.strip();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (why.isEmpty()) {
            errors.add(new Problem.FieldError("reason", "is required: say what the correction corrects"));
        } else if (why.length() > 2000 || why.indexOf('\u0000') >= 0) {
            errors.add(new Problem.FieldError("reason", "must be at most 2000 characters, without NUL"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The correction cannot be started: reason " + errors.get(0)
                    .message(), errors);
        }
        if (!published.isPublic()) {
            throw ProblemException.conflict("Only a published report is corrected; edition " + published.edition
                    + " is " + published.state + ": edit it instead");
        }
        OffsetDateTime now = now();
        FindingsReport correction = new FindingsReport();
        correction.id = UUID.randomUUID();
        correction.cycleId = published.cycleId;
        correction.cycleName = published.cycleName;
        correction.quadId = published.quadId;
        correction.councilCode = published.councilCode;
        correction.councilName = published.councilName;
        correction.edition = published.edition + 1;
        correction.supersedes = published.id;
        correction.correctionReason = why;
        correction.state = FindingsReport.DRAFT;
        correction.sections = published.sections;
        correction.createdAt = now;
        correction.createdBy = caller.username();
        stamp(correction, now);
        correction.persistAndFlush();
        audit(correction, FindingsAudit.CORRECTION_STARTED, null, null, null, now);
        announce(Events.FINDINGS_REPORT_DRAFTED, correction, now);
        return view(correction);
    }

    /** Every change to every edition of the council's report, oldest first. */
    public List<FindingsAudit> audit(UUID quadId, String code) {
        Quad quad = quads.liveQuad(quadId);
        String council = member(quad, code);
        readable(quad, council);
        List<UUID> ids = FindingsReport.editions(quad.cycleId, council).stream().map(r -> r.id).toList();
        if (ids.isEmpty()) {
            throw notStarted(council);
        }
        return FindingsAudit.of(ids);
    }

    /** Published editions for the public pages, newest first; by council (any code it has had) and year. */
    public List<FindingsReport> published(String council, Integer year) {
        String code = council == null || council.isBlank() ? null : codes.current(council.strip().toUpperCase());
        return FindingsReport.published(code, year);
    }

    /** A published edition for the public pages; 404 for one that is not (or not yet) published. */
    public FindingsReport publishedReport(UUID reportId) {
        return FindingsReport.publishedById(reportId)
                .orElseThrow(() -> ProblemException.notFound("Published findings report", reportId));
    }

    /** What an edition still needs before ADES may publish it: each missing agreement, named. */
    public static List<Problem.FieldError> missing(FindingsReport report) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (report.isPublic()) {
            return missing;
        }
        if (report.councilAgreedAt == null) {
            missing.add(new Problem.FieldError("councilAgreement", "no editor of " + report.councilName
                    + " has agreed it yet"));
        }
        if (report.adesAgreedAt == null) {
            missing.add(new Problem.FieldError("adesAgreement", "neither ADES nor the ADES officer assigned to the"
                    + " quad has agreed it yet"));
        }
        return missing;
    }

    private ReportView view(FindingsReport report) {
        return new ReportView(report, FindingsReport.editions(report.cycleId, report.councilCode), missing(report));
    }

    private String member(Quad quad, String code) {
        String council = code == null ? "" : codes.current(code.strip().toUpperCase());
        if (!quad.hasMember(council)) {
            throw new ProblemException(404, "Not found", code + " is not a member council of quad " + quad.id, null,
                    null);
        }
        return quad.memberCodes().stream().filter(c -> c.equalsIgnoreCase(council)).findFirst().orElseThrow();
    }

    /** The council's users, ADES, and the quad's assigned officers and inspectors once the answers are shown. */
    private void readable(Quad quad, String council) {
        if (caller.isAdes() || caller.belongsTo(council)) {
            return;
        }
        if (caller.isAssignedReader()) {
            return; // the quad reached them (liveQuad), and a report exists only once the answers are revealed
        }
        throw ProblemException.forbidden("Until it is published, a council's findings report is read by the"
                + " council's own users, ADES and the officers and inspectors assigned to its quad");
    }

    private void writable(Quad quad, String council) {
        readable(quad, council);
        if (!caller.isAdes() && !(caller.isEditor() && caller.belongsTo(council)) && !caller.isAssignedReader()) {
            throw ProblemException.forbidden("A findings report is written by editors of " + council + ", ADES and"
                    + " the officers and inspectors assigned to its quad; viewers read it");
        }
    }

    private FindingsReport lockedLatest(Quad quad, String council) {
        return FindingsReport.latestForUpdate(quad.cycleId, council).orElseThrow(() -> notStarted(council));
    }

    private static void expect(FindingsReport report, ETags.IfMatch ifMatch) {
        long expected = ifMatch.required(report.version);
        if (report.version != expected) {
            throw ProblemException.preconditionFailed("The findings report has changed since you read it (you sent"
                    + " version " + expected + ", it is now " + report.version + "); reload it and try again",
                    report.version);
        }
    }

    private static ProblemException publishedIsNeverChanged(FindingsReport report) {
        return ProblemException.conflict("Edition " + report.edition + " of this report was published on "
                + report.publishedAt + " and a published report is never changed: start a correction, which is"
                + " published as a new edition that supersedes it");
    }

    private static ProblemException notStarted(String council) {
        return new ProblemException(404, "Not found", "The findings report of " + council + " for this cycle has"
                + " not been started yet", null, null);
    }

    private void stamp(FindingsReport report, OffsetDateTime now) {
        report.updatedAt = now;
        report.updatedBy = caller.username();
    }

    private void audit(FindingsReport report, String action, String section, List<Paragraph> before,
            List<Paragraph> after, OffsetDateTime now) {
        FindingsAudit entry = new FindingsAudit();
        entry.reportId = report.id;
        entry.action = action;
        entry.section = section;
        entry.before = before;
        entry.after = after;
        entry.changedAt = now;
        entry.changedBy = caller.username();
        entry.persist();
    }

    private void announce(EventType<FindingsReportV1> type, FindingsReport report, OffsetDateTime now) {
        outbox.publish(type, report.id.toString(), FindingsEvents.report(report, caller.username(), now));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
