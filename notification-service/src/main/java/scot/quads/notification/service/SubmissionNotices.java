package scot.quads.notification.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * Who is told when a council submits its self-evaluation, and in what words: each partner in its quad (so they
 * know the comparison is coming together), ADES (who watch progress), and the council itself as confirmation.
 * A pure rule over what the service knows at that moment: a quad not formed yet tells only ADES and the council,
 * and a council or cycle whose name has not arrived yet is named by its code or id.
 */
public final class SubmissionNotices {

    /** A partner's or ADES's news that a council submitted. */
    public static final String SUBMITTED = "self-evaluation.submitted";
    /** The submitting council's own receipt. */
    public static final String CONFIRMED = "self-evaluation.submission-confirmed";

    private SubmissionNotices() {
    }

    /**
     * What is known about one submission: the submitter, the cycle, the members of the submitter's quad for
     * that cycle (the submitter among them, or none when no quad is known) and the council names known so far.
     */
    public record Submission(
            String councilCode,
            UUID cycleId,
            String cycleName,
            String submittedBy,
            Collection<String> quadMembers,
            Map<String, String> councilNames) {

        public Submission {
            councilCode = Audience.normaliseCode(councilCode);
            Objects.requireNonNull(cycleId, "cycleId");
            quadMembers = List.copyOf(quadMembers);
            councilNames = Map.copyOf(councilNames);
        }
    }

    public static List<Notice> of(Submission submission) {
        String submitter = submission.councilCode();
        String name = nameOf(submitter, submission.councilNames());
        String cycle = cycleName(submission);
        String title = name + " submitted its self-evaluation";
        String quadLink = "/cycles/" + submission.cycleId() + "/quads";

        List<String> partners = submission.quadMembers().stream()
                .map(Audience::normaliseCode)
                .filter(code -> !code.equals(submitter))
                .distinct()
                .sorted()
                .toList();

        List<Notice> notices = new ArrayList<>();
        for (String partner : partners) {
            notices.add(new Notice(Audience.council(partner), SUBMITTED, title,
                    name + ", a partner in your quad, submitted its self-evaluation for " + cycle + ".",
                    quadLink, submitter, submission.cycleId()));
        }
        notices.add(new Notice(Audience.ADES, SUBMITTED, title,
                name + " submitted its self-evaluation for " + cycle + ".",
                quadLink, submitter, submission.cycleId()));
        notices.add(new Notice(Audience.council(submitter), CONFIRMED,
                "Your self-evaluation for " + cycle + " was submitted",
                confirmation(submission.submittedBy(), partners, submission.councilNames()),
                "/cycles/" + submission.cycleId() + "/self-evaluation", submitter, submission.cycleId()));
        return List.copyOf(notices);
    }

    private static String confirmation(String submittedBy, List<String> partners, Map<String, String> names) {
        String by = submittedBy == null || submittedBy.isBlank() ? "" : "Submitted by " + submittedBy.trim() + ". ";
        if (partners.isEmpty()) {
            return by + "ADES has been told.";
        }
        List<String> partnerNames = partners.stream().map(code -> nameOf(code, names)).toList();
        return by + "ADES and your quad partners (" + String.join(", ", partnerNames) + ") have been told.";
    }

    private static String nameOf(String code, Map<String, String> names) {
        String name = names.get(code);
        return name == null || name.isBlank() ? code : name;
    }

    private static String cycleName(Submission submission) {
        String name = submission.cycleName();
        return name == null || name.isBlank() ? "cycle " + submission.cycleId() : name;
    }
}
