package scot.quads.rubric.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.quads.rubric.Council;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.Focus;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.Statement;
import scot.quads.rubric.repository.QuadMembership;
import scot.quads.rubric.service.AuditTrail;
import scot.quads.rubric.service.EvaluationService;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.Attachments;
import scot.quads.support.rest.ETags;

/**
 * A council's evidence pack in a cycle: files and https links its editors add, describe, link to what they support
 * and remove while the self-evaluation is open; read by the council's users and ADES at any time, and by the
 * council's quad partners exactly when they may see its answers (the cycle's reveal rule). A file's bytes are
 * streamed into PostgreSQL in the transaction that writes its item, its quota check and its audit entry, so a
 * refused or failed upload leaves nothing behind. A submitted pack is what partners saw: its items stay as they
 * are, and only items added after a return or a recall may be removed.
 */
@ApplicationScoped
public class EvidenceService {

    private final EvaluationService evaluations;
    private final AuditTrail audit;
    private final Clock clock;
    private final QuadMembership quads;
    private final long maxFileBytes;
    private final long quotaBytes;

    public EvidenceService(EvaluationService evaluations, AuditTrail audit, Clock clock, QuadMembership quads,
            @ConfigProperty(name = "quads.evidence.max-file-bytes") long maxFileBytes,
            @ConfigProperty(name = "quads.evidence.quota-bytes") long quotaBytes) {
        this.evaluations = evaluations;
        this.audit = audit;
        this.clock = clock;
        this.quads = quads;
        this.maxFileBytes = maxFileBytes;
        this.quotaBytes = quotaBytes;
    }

    /** What an item supports: question codes (their answers), quality indicators, SWOT item ids, key questions. */
    public record Supports(List<String> questions, List<String> indicators, List<String> swotItems,
            List<Integer> keyQuestions) {

        public Supports {
            questions = distinct(questions);
            indicators = distinct(indicators);
            swotItems = distinct(swotItems).stream().map(id -> id.toLowerCase(Locale.ROOT)).toList();
            keyQuestions = keyQuestions == null ? List.of() : List.copyOf(new LinkedHashSet<>(keyQuestions));
        }

        private static List<String> distinct(List<String> values) {
            return values == null ? List.of()
                    : List.copyOf(new LinkedHashSet<>(values.stream().map(String::trim).toList()));
        }
    }

    /** The words of an item: its title, description and date. */
    public record Details(String title, String description, LocalDate date) {
    }

    /** An uploaded file as it waits on disk, with the name the client gave it. */
    public record Upload(Path path, String fileName, long size) {
    }

    /** What the caller sees of a pack. {@code shown} is false for a partner before the reveal (no items then). */
    public record PackView(Cycle cycle, Council council, boolean shown, String explanation, boolean mayChange,
            long usedBytes, long quotaBytes, long maxFileBytes, List<EvidenceItem> items) {
    }

    /** An item and the cycle it is in. */
    public record ItemView(Cycle cycle, EvidenceItem item) {
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    @Transactional
    public PackView pack(UUID cycleId, String councilCode, boolean ades, String callerCouncil) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = SelfEvaluation.of(cycle.id, council.gssCode).orElse(null);
        Reveal reveal = reveal(cycle, council, evaluation, ades, callerCouncil);
        long used = EvidenceItem.bytesUsed(cycle.id, council.gssCode);
        boolean mayChange = reveal.own() && evaluations.acceptingChanges(cycle, evaluation);
        List<EvidenceItem> items = reveal.shown() ? EvidenceItem.ofCouncil(cycle.id, council.gssCode) : List.of();
        return new PackView(cycle, council, reveal.shown(), reveal.explanation(), mayChange, used, quotaBytes,
                maxFileBytes, items);
    }

    /** One item, for whoever may see the pack (a partner before the reveal: 404, as if it were not there). */
    @Transactional
    public ItemView item(UUID cycleId, String councilCode, UUID itemId, boolean ades, String callerCouncil) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        Reveal reveal = reveal(cycle, council, SelfEvaluation.of(cycle.id, council.gssCode).orElse(null), ades,
                callerCouncil);
        EvidenceItem item = reveal.shown() ? EvidenceItem.of(cycle.id, council.gssCode, itemId).orElse(null) : null;
        if (item == null) {
            throw ProblemException.notFound("Evidence item", itemId);
        }
        return new ItemView(cycle, item);
    }

    /** Reads one piece of a file in a transaction of its own; null when it is gone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] piece(UUID itemId, int seq) {
        return EvidenceChunk.read(itemId, seq);
    }

    /**
     * Adds a file: its size against the file limit (413) and the council's quota (422), its type detected from its
     * bytes against the list (422), what it supports against the cycle's rubric, the council's statement and focus
     * (422); then its item and its bytes, piece by piece, in one transaction.
     */
    @Transactional
    public ItemView addFile(UUID cycleId, String councilCode, Upload upload, Details details, Supports supports,
            String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        if (upload.size() > maxFileBytes) {
            throw new ProblemException(413, "Payload too large", "A file may be at most " + megabytes(maxFileBytes)
                    + "; this one is " + megabytes(upload.size()), List.of(new FieldError("file",
                            "is larger than " + megabytes(maxFileBytes) + ": make it smaller or split it")),
                    Map.of("maxFileBytes", maxFileBytes));
        }
        if (upload.size() == 0) {
            throw ProblemException.unprocessable("The file is empty",
                    List.of(new FieldError("file", "is empty: choose a file with something in it")));
        }
        String fileName = fileName(upload.fileName());
        List<FieldError> errors = check(cycle, council, supports);
        try {
            EvidenceTypes.Detected type = EvidenceTypes.detect(upload.path(), fileName);
            if (!type.accepted()) {
                errors.add(0, new FieldError("file", "is a " + type.mediaType() + " file, which an evidence pack does"
                        + " not take: choose a " + EvidenceTypes.ALLOWED_WORDS + " file"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.unprocessable("The evidence cannot be added as it stands", errors);
            }
            openEvaluation(cycle, council, by);
            long used = EvidenceItem.bytesUsed(cycle.id, council.gssCode);
            if (used + upload.size() > quotaBytes) {
                throw new ProblemException(422, "Unprocessable content", "The evidence pack of " + council.name
                        + " may hold at most " + megabytes(quotaBytes) + " of files in " + cycle.name + "; "
                        + megabytes(used) + " is used, and this file is " + megabytes(upload.size()),
                        List.of(new FieldError("file", "does not fit in the pack's " + megabytes(quotaBytes) + ": "
                                + megabytes(used) + " is used; remove a file or make this one smaller")),
                        Map.of("quotaBytes", quotaBytes, "usedBytes", used));
            }
            EvidenceItem item = newItem(cycle, council, EvidenceItem.FILE, details, supports, by);
            item.fileName = fileName;
            item.mediaType = type.mediaType();
            item.sizeBytes = upload.size();
            item.chunks = (int) ((upload.size() + EvidenceChunk.SIZE - 1) / EvidenceChunk.SIZE);
            item.sha256 = sha256(upload.path());
            item.persistAndFlush();
            store(item, upload.path());
            audit.evidenceEvent(item, "evidence.added", by, item.createdAt);
            return new ItemView(cycle, item);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    /** Adds an https link. */
    @Transactional
    public ItemView addLink(UUID cycleId, String councilCode, String url, Details details, Supports supports,
            String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        List<FieldError> errors = new ArrayList<>();
        String link = httpsUrl(url, errors);
        errors.addAll(check(cycle, council, supports));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The evidence cannot be added as it stands", errors);
        }
        openEvaluation(cycle, council, by);
        EvidenceItem item = newItem(cycle, council, EvidenceItem.LINK, details, supports, by);
        item.url = link;
        item.persistAndFlush();
        audit.evidenceEvent(item, "evidence.added", by, item.createdAt);
        return new ItemView(cycle, item);
    }

    /** Changes an item's words, what it supports, and a link's address, with If-Match; not once shared. */
    @Transactional
    public ItemView change(UUID cycleId, String councilCode, UUID itemId, ETags.IfMatch ifMatch, String url,
            Details details, Supports supports, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        openEvaluation(cycle, council, by);
        EvidenceItem item = EvidenceItem.lock(cycle.id, council.gssCode, itemId)
                .orElseThrow(() -> ProblemException.notFound("Evidence item", itemId));
        requireNotShared(item, "changed");
        if (item.version != ifMatch.required(item.version)) {
            throw ProblemException.preconditionFailed("The evidence item was changed by " + item.updatedBy
                    + " since you loaded it; review it and save again", item.version);
        }
        List<FieldError> errors = new ArrayList<>();
        String link = null;
        if (item.isFile() && url != null) {
            errors.add(new FieldError("url", "is only for a link: a file keeps its bytes"));
        } else if (!item.isFile()) {
            link = httpsUrl(url, errors);
        }
        errors.addAll(check(cycle, council, supports));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The evidence item cannot be saved as it stands", errors);
        }
        item.title = details.title().strip();
        item.description = blankToNull(details.description());
        item.date = details.date();
        if (!item.isFile()) {
            item.url = link;
        }
        item.questions = supports.questions();
        item.indicators = supports.indicators();
        item.swotItems = supports.swotItems();
        item.keyQuestions = supports.keyQuestions();
        item.updatedAt = now();
        item.updatedBy = by;
        EvidenceItem.flush();
        audit.evidenceEvent(item, "evidence.changed", by, item.updatedAt);
        return new ItemView(cycle, item);
    }

    /** Removes an item not yet shared with partners, with its bytes; audited. */
    @Transactional
    public void remove(UUID cycleId, String councilCode, UUID itemId, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        openEvaluation(cycle, council, by);
        EvidenceItem item = EvidenceItem.lock(cycle.id, council.gssCode, itemId)
                .orElseThrow(() -> ProblemException.notFound("Evidence item", itemId));
        requireNotShared(item, "removed");
        audit.evidenceEvent(item, "evidence.removed", by, now());
        item.delete();
    }

    /**
     * Streams the file into its item's pieces of {@link EvidenceChunk#SIZE}, one in memory at a time. A file that
     * is not the size its item says is refused, which rolls everything back.
     */
    private static void store(EvidenceItem item, Path file) throws IOException {
        long total = 0;
        int seq = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                byte[] piece = in.readNBytes(EvidenceChunk.SIZE);
                if (piece.length == 0) {
                    break;
                }
                total += piece.length;
                EvidenceChunk.write(item.id, seq++, piece);
            }
        }
        if (total != item.sizeBytes || seq != item.chunks) {
            throw new IllegalStateException("The uploaded file was " + total + " bytes in " + seq + " pieces, not "
                    + item.sizeBytes + " in " + item.chunks);
        }
    }

    /** The file's SHA-256, read as a stream. */
    private static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Whether the caller sees the pack, and why (403 for anyone but ADES, the council and its quad partners). */
    private record Reveal(boolean shown, boolean own, String explanation) {
    }

    private Reveal reveal(Cycle cycle, Council council, SelfEvaluation evaluation, boolean ades,
            String callerCouncil) {
        boolean own = callerCouncil != null && Council.normalise(callerCouncil).equals(council.gssCode);
        if (own) {
            return new Reveal(true, true, "Your council's evidence pack");
        }
        if (ades) {
            return new Reveal(true, false, "ADES sees every council's evidence pack");
        }
        if (callerCouncil == null || !quads.partners(cycle.id, council.gssCode, callerCouncil)) {
            throw ProblemException.forbidden("Only " + council.name + ", its quad partners and ADES may see its"
                    + " evidence pack");
        }
        boolean submitted = evaluation != null && evaluation.isSubmitted();
        boolean deadlinePassed = cycle.deadlinePassed(LocalDate.now(clock));
        return switch (cycle.revealRule) {
            case ON_SUBMISSION -> submitted
                    ? new Reveal(true, false, council.name + " has submitted, so its evidence is shown")
                    : new Reveal(false, false, council.name + "'s evidence is shown once it submits");
            case AFTER_DEADLINE -> submitted && deadlinePassed
                    ? new Reveal(true, false, "The deadline has passed, so " + council.name + "'s evidence is shown")
                    : new Reveal(false, false, council.name + "'s evidence is shown once the deadline of "
                            + cycle.submissionDeadline + " has passed, if it has submitted");
            case ALL_SUBMITTED_OR_DEADLINE -> submitted
                    && (deadlinePassed || evaluation.wasShownToPartners()
                            || quads.everyPartnerSubmitted(cycle.id, council.gssCode))
                            ? new Reveal(true, false, "Every member has submitted or the deadline has passed, so "
                                    + council.name + "'s evidence is shown")
                            : new Reveal(false, false, council.name + "'s evidence is shown once every member of the"
                                    + " quad has submitted, or when the deadline of " + cycle.submissionDeadline
                                    + " has passed");
        };
    }

    /** The council's evaluation, locked, for a change to its pack: open cycle, not submitted (409 otherwise). */
    private SelfEvaluation openEvaluation(Cycle cycle, Council council, String by) {
        evaluations.requireOpen(cycle, SelfEvaluation.lock(cycle.id, council.gssCode).orElse(null));
        SelfEvaluation evaluation = SelfEvaluation.lockOrStart(cycle.id, council.gssCode, by);
        if (evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation was submitted on "
                    + evaluation.submittedAt.toLocalDate() + ": its evidence pack can no longer change");
        }
        return evaluation;
    }

    private static void requireNotShared(EvidenceItem item, String what) {
        if (item.isShared()) {
            throw ProblemException.conflict("\"" + item.title + "\" was in the evidence pack submitted on "
                    + item.sharedAt.toLocalDate() + ", which quad partners may have seen: it cannot be " + what);
        }
    }

    private EvidenceItem newItem(Cycle cycle, Council council, String kind, Details details, Supports supports,
            String by) {
        OffsetDateTime now = now();
        EvidenceItem item = new EvidenceItem();
        item.id = UUID.randomUUID();
        item.cycleId = cycle.id;
        item.councilCode = council.gssCode;
        item.kind = kind;
        item.title = details.title().strip();
        item.description = blankToNull(details.description());
        item.date = details.date();
        item.questions = supports.questions();
        item.indicators = supports.indicators();
        item.swotItems = supports.swotItems();
        item.keyQuestions = supports.keyQuestions();
        item.version = 1;
        item.createdAt = now;
        item.createdBy = by;
        item.updatedAt = now;
        item.updatedBy = by;
        return item;
    }

    /**
     * What the item supports, against the cycle's rubric, the council's statement (its SWOT items' ids) and its
     * focus (key questions numbered from 1); each wrong entry named.
     */
    private static List<FieldError> check(Cycle cycle, Council council, Supports supports) {
        List<FieldError> errors = new ArrayList<>();
        if (!supports.questions().isEmpty()) {
            Set<String> questions = Question.ofVersion(cycle.rubricVersionId).stream().map(q -> q.code)
                    .collect(Collectors.toSet());
            for (int i = 0; i < supports.questions().size(); i++) {
                if (!questions.contains(supports.questions().get(i))) {
                    errors.add(new FieldError("questions[" + i + "]", "is not a question of this cycle's rubric"));
                }
            }
        }
        if (!supports.indicators().isEmpty()) {
            Set<String> indicators = Indicator.ofVersion(cycle.rubricVersionId).stream().map(q -> q.code)
                    .collect(Collectors.toSet());
            for (int i = 0; i < supports.indicators().size(); i++) {
                if (!indicators.contains(supports.indicators().get(i))) {
                    errors.add(new FieldError("indicators[" + i + "]",
                            "is not a quality indicator of this cycle's rubric"));
                }
            }
        }
        if (!supports.swotItems().isEmpty()) {
            Set<String> swot = SelfEvaluation.of(cycle.id, council.gssCode).flatMap(Statement::of)
                    .map(s -> s.swot.stream().map(item -> String.valueOf(item.id())).collect(Collectors.toSet()))
                    .orElse(Set.of());
            for (int i = 0; i < supports.swotItems().size(); i++) {
                if (!swot.contains(supports.swotItems().get(i))) {
                    errors.add(new FieldError("swotItems[" + i + "]",
                            "is not an item of the council's self-evaluative statement"));
                }
            }
        }
        if (!supports.keyQuestions().isEmpty()) {
            int keyQuestions = Focus.of(cycle.id, council.gssCode).map(f -> f.keyQuestions.size()).orElse(0);
            for (int i = 0; i < supports.keyQuestions().size(); i++) {
                Integer number = supports.keyQuestions().get(i);
                if (number == null || number < 1 || number > keyQuestions) {
                    errors.add(new FieldError("keyQuestions[" + i + "]", keyQuestions == 0
                            ? "cannot be linked: the council's focus has no key questions"
                            : "is not a key question of the council's focus: give a number from 1 to "
                                    + keyQuestions));
                }
            }
        }
        return errors;
    }

    /** An absolute https address with a host, or an error naming the field. */
    static String httpsUrl(String url, List<FieldError> errors) {
        String text = url == null ? "" : url.strip();
        try {
            URI uri = new URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                errors.add(new FieldError("url", "must start with https:// (a secure web address)"));
                return null;
            }
            if (uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null) {
                errors.add(new FieldError("url", "is not a web address, such as https://www.example.org/report"));
                return null;
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            errors.add(new FieldError("url", "is not a web address, such as https://www.example.org/report"));
            return null;
        }
    }

    /**
     * The name to keep and to offer on download: the last part of what the client sent (some browsers send a whole
     * path), without characters file systems refuse, at most 200 characters with its extension kept.
     */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Attachments.safeName(name.substring(slash + 1));
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()).strip() + extension;
        }
        return name;
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.floor(mb) ? String.format(Locale.UK, "%.0f", mb)
                : String.format(Locale.UK, "%.1f", mb)) + " MB";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Cycle cycle(UUID cycleId) {
        return Cycle.<Cycle>findByIdOptional(cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
    }

    private Council council(String code) {
        return Council.findByCode(code).orElseThrow(() -> ProblemException.notFound("Council", code));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
