package scot.quads.quad.introduction;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import scot.quads.contract.Events;
import scot.quads.contract.payload.IntroductionV1;
import scot.quads.quad.Introduction;
import scot.quads.quad.IntroductionMessage;
import scot.quads.quad.Quad;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.reveal.RevealService;
import scot.quads.quad.work.QuadWorkAccess;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/**
 * Learning-partner introductions: a member council's editor asks a partner of its quad (typically one the learning
 * partners view shows stronger on an item) about that item, and either council's editors write back in the thread.
 * A thread is read by the users of its two councils, ADES and the ADES officers assigned to the quad; the quad's
 * other members and link inspectors do not see it. Asking needs the partner's answers to be shown to the asker under
 * the reveal rule, since the thread carries both councils' levels. Each question and reply is announced (the
 * question with its words) so that notification-service can tell the partner's named contact, and the asker.
 */
@ApplicationScoped
public class IntroductionService {

    /** The longest question or reply, in characters. */
    public static final int LONGEST = 2000;

    private final QuadWorkAccess access;
    private final RevealService reveals;
    private final CouncilRepository councils;
    private final Outbox outbox;
    private final JsonWebToken token;

    public IntroductionService(QuadWorkAccess access, RevealService reveals, CouncilRepository councils,
            Outbox outbox, JsonWebToken token) {
        this.access = access;
        this.reveals = reveals;
        this.councils = councils;
        this.outbox = outbox;
        this.token = token;
    }

    /** What the asker sends: the item, the partner council, their words. */
    public record NewIntroduction(String itemCode, String partnerCouncil, String text) {
    }

    /** An introduction with its messages (the question first) and the two councils' names. */
    public record Thread(Introduction introduction, List<IntroductionMessage> messages, Map<String, String> names) {
    }

    /** The quad's introductions the caller may read, newest first. */
    public List<Thread> list(UUID quadId) {
        Quad quad = access.readable(quadId);
        List<Introduction> visible = Introduction.ofQuad(quad.id).stream().filter(this::mayRead).toList();
        Map<UUID, List<IntroductionMessage>> messages = new LinkedHashMap<>();
        visible.forEach(intro -> messages.put(intro.id, new ArrayList<>()));
        IntroductionMessage.inThreads(messages.keySet()).forEach(m -> messages.get(m.introductionId).add(m));
        Map<String, String> names = names(quad.memberCodes());
        return visible.stream().map(intro -> new Thread(intro, List.copyOf(messages.get(intro.id)), names)).toList();
    }

    public Thread thread(UUID quadId, UUID introductionId) {
        Quad quad = access.readable(quadId);
        Introduction intro = readable(quad, introductionId);
        return new Thread(intro, IntroductionMessage.inThread(intro.id),
                names(List.of(intro.askerCouncil, intro.partnerCouncil)));
    }

    @Transactional
    public Thread ask(UUID quadId, NewIntroduction draft) {
        Quad quad = access.readable(quadId);
        String own = askerCouncil(quad);
        String partner = draft.partnerCouncil() == null ? "" : draft.partnerCouncil().trim().toUpperCase();
        String item = draft.itemCode() == null ? "" : draft.itemCode().trim();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (partner.isEmpty()) {
            errors.add(new Problem.FieldError("partnerCouncil", "is required"));
        } else if (partner.equals(own) || access.caller().belongsTo(partner)) {
            errors.add(new Problem.FieldError("partnerCouncil", "is your own council: ask a partner of your quad"));
        } else if (!quad.hasMember(partner)) {
            errors.add(new Problem.FieldError("partnerCouncil", partner + " is not a member of this quad"));
        }
        checkText(draft.text(), errors);
        RubricVersion rubric = access.rubric(quad);
        RubricVersion.Question question = item.isEmpty() ? null : rubric.question(item);
        if (item.isEmpty()) {
            errors.add(new Problem.FieldError("itemCode", "is required"));
        } else if (question == null) {
            errors.add(new Problem.FieldError("itemCode", item + " is not an item of the cycle's rubric version ("
                    + rubric.label + ")"));
        }
        QuadWorkAccess.refuse("The question cannot be sent", errors);
        RevealService.QuadAnswers answers = reveals.answers(quad);
        if (!answers.decision().shows(partner)) {
            throw ProblemException.conflict("You can ask " + partner + " about its answers only once they are shown"
                    + " to you; the quad's comparison says when that will be");
        }
        Introduction intro = new Introduction();
        intro.id = UUID.randomUUID();
        intro.quadId = quad.id;
        intro.cycleId = quad.cycleId;
        intro.itemCode = question.code();
        intro.itemPrompt = question.prompt();
        intro.askerCouncil = own;
        intro.askerLevel = level(answers.submissions().get(own), question.code());
        intro.partnerCouncil = partner;
        intro.partnerLevel = level(answers.submissions().get(partner), question.code());
        intro.askedBy = access.username();
        intro.askedAt = access.now();
        intro.persist();
        IntroductionMessage first = message(intro, own, draft.text());
        first.persist();
        outbox.publish(Events.INTRODUCTION_REQUESTED, quad.id.toString(), event(intro, first, draft.text()));
        Log.infof("Introduction %s: %s (%s) asked %s about %s in quad %s", intro.id, intro.askedBy, own, partner,
                intro.itemCode, quad.id);
        return new Thread(intro, List.of(first), names(List.of(own, partner)));
    }

    @Transactional
    public IntroductionMessage reply(UUID quadId, UUID introductionId, String text) {
        Quad quad = access.readable(quadId);
        Introduction intro = readable(quad, introductionId);
        String council = access.caller().council().map(c -> c.trim().toUpperCase()).orElse(null);
        String side = council == null ? null
                : access.caller().belongsTo(intro.askerCouncil) ? intro.askerCouncil
                : access.caller().belongsTo(intro.partnerCouncil) ? intro.partnerCouncil : null;
        if (!access.caller().isEditor() || side == null) {
            throw ProblemException.forbidden("Only editors of the two councils of an introduction can write in it;"
                    + " others who may read it only read");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        checkText(text, errors);
        QuadWorkAccess.refuse("The reply cannot be posted", errors);
        IntroductionMessage reply = message(intro, side, text);
        reply.persist();
        outbox.publish(Events.INTRODUCTION_REPLIED, quad.id.toString(), event(intro, reply, null));
        Log.infof("Introduction %s: %s (%s) replied", intro.id, reply.author, side);
        return reply;
    }

    /** The users of the two councils, ADES, and the ADES officers assigned to the quad (who reach it already). */
    private boolean mayRead(Introduction intro) {
        Caller caller = access.caller();
        if (caller.isAdes() || caller.isAssignedReader() && caller.isAdesOfficer()) {
            return true;
        }
        return !caller.isAssignedReader()
                && (caller.belongsTo(intro.askerCouncil) || caller.belongsTo(intro.partnerCouncil));
    }

    private Introduction readable(Quad quad, UUID introductionId) {
        Introduction intro = Introduction.<Introduction>findByIdOptional(introductionId)
                .filter(found -> found.quadId.equals(quad.id)).orElse(null);
        if (intro == null) {
            throw ProblemException.notFound("Introduction", introductionId);
        }
        if (!mayRead(intro)) {
            throw ProblemException.forbidden("Only the two councils of an introduction, ADES and the ADES officers"
                    + " assigned to the quad can read it");
        }
        return intro;
    }

    private String askerCouncil(Quad quad) {
        Caller caller = access.caller();
        if (!caller.isEditor() || caller.isAdes() || caller.isAssignedReader() || caller.council().isEmpty()) {
            throw ProblemException.forbidden("Only an editor of one of the quad's councils can ask a learning"
                    + " partner; ADES, officers, link inspectors and viewers can read the introductions they may see");
        }
        String own = caller.council().get().trim().toUpperCase();
        return quad.memberCodes().stream().filter(caller::belongsTo).findFirst().orElse(own);
    }

    private static void checkText(String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new Problem.FieldError("text", "is required"));
        } else if (text.length() > LONGEST) {
            errors.add(new Problem.FieldError("text", "must be at most " + LONGEST + " characters, not "
                    + text.length()));
        }
        QuadWorkAccess.checkText("text", text, errors);
    }

    private static Integer level(Submission submission, String code) {
        Submission.Answer answer = submission == null ? null : submission.answerTo(code);
        return answer == null || answer.notApplicable() ? null : answer.level();
    }

    private IntroductionMessage message(Introduction intro, String council, String text) {
        IntroductionMessage message = new IntroductionMessage();
        message.id = UUID.randomUUID();
        message.introductionId = intro.id;
        message.author = access.username();
        message.authorEmail = email();
        message.authorCouncil = council;
        message.text = text;
        message.postedAt = access.now();
        return message;
    }

    private static IntroductionV1 event(Introduction intro, IntroductionMessage message, String text) {
        return new IntroductionV1(intro.id, message.id, intro.quadId, intro.cycleId, intro.itemCode,
                intro.itemPrompt, intro.askerCouncil, intro.askerLevel, intro.partnerCouncil, intro.partnerLevel,
                new IntroductionV1.Person(intro.askedBy, askerEmail(intro, message), intro.askerCouncil),
                new IntroductionV1.Person(message.author, message.authorEmail, message.authorCouncil), text,
                message.postedAt);
    }

    /** The asker's address, as their question carried it. */
    private static String askerEmail(Introduction intro, IntroductionMessage message) {
        if (message.author.equals(intro.askedBy)) {
            return message.authorEmail;
        }
        return IntroductionMessage.inThread(intro.id).stream().filter(m -> m.author.equals(intro.askedBy))
                .map(m -> m.authorEmail).filter(e -> e != null).findFirst().orElse(null);
    }

    private Map<String, String> names(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        Set<String> wanted = new HashSet<>(codes);
        councils.byCode(wanted).forEach((code, council) -> names.put(code, council.name));
        return names;
    }

    private String email() {
        Object email = token.getClaim("email");
        return email == null || email.toString().isBlank() ? null : email.toString().replace("\"", "").trim();
    }
}
