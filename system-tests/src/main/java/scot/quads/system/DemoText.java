package scot.quads.system;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The words of the living demo: answers' narratives, comments, session notes, actions and statements, put together
 * from phrases written for Quads (never any council's own self-evaluation) and chosen by a seeded random, so the
 * same stack gets the same words every time.
 */
final class DemoText {

    /** Said wherever demo words could be taken for a council's own. */
    static final String NOTICE = "Demonstration data: invented for the Quads demo, not this council's own"
            + " self-evaluation.";

    private DemoText() {
    }

    /** A generator seeded by the parts given (a council, a question, a cycle...): the same parts, the same words. */
    static Random random(Object... parts) {
        long seed = 1125899906842597L;
        for (Object part : parts) {
            for (char c : String.valueOf(part).toCharArray()) {
                seed = 31 * seed + c;
            }
            seed = 31 * seed + '|';
        }
        return new Random(seed);
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** An indicator's title as a phrase inside a sentence ("Improvement in attainment" -> "improvement in ..."). */
    static String topic(String title) {
        if (title == null || title.isBlank()) {
            return "this area";
        }
        return title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
    }

    private static final List<String> MONTHS = List.of("September", "October", "November", "January", "February");

    static String evidence(Random random, String topic) {
        int schools = 6 + random.nextInt(20);
        int responses = 80 + random.nextInt(900);
        return pick(random, List.of(
                "Three years of data on " + topic + ", broken down by school and by SIMD quintile, and the notes of"
                        + " our " + pick(random, MONTHS) + " review with headteachers.",
                "Our own review of " + topic + " in " + schools + " schools this session, the survey of pupils and"
                        + " parents (" + responses + " responses) and the central team's visit notes.",
                "The authority's tracking of " + topic + ", the last two inspection reports and the minutes of the"
                        + " quality improvement board.",
                "A sample of " + schools + " school improvement plans read against " + topic + ", and focus groups"
                        + " with staff in four clusters.",
                "Committee reports on " + topic + " since 2023, with the trade unions' and parent council forum's"
                        + " views gathered in " + pick(random, MONTHS) + "."));
    }

    static String strengths(Random random, String topic, int level) {
        if (level >= 5) {
            return pick(random, List.of(
                    "Schools use the data on " + topic + " at every termly review, and improvement is consistent"
                            + " across clusters.",
                    "Headteachers share a clear understanding of " + topic + ", and central support goes where it is"
                            + " needed most.",
                    "Our approach to " + topic + " is well established; partners have asked to see it."));
        }
        if (level == 4) {
            return pick(random, List.of(
                    "Most schools have clear plans for " + topic + ", and good practice is shared through cluster"
                            + " networks.",
                    "The work on " + topic + " is led well centrally and staff say the support helps them.",
                    "Trends in " + topic + " are improving in most schools, including those serving our most"
                            + " deprived communities."));
        }
        return pick(random, List.of(
                "There is strong practice in " + topic + " in some schools, mainly those in last year's pilot.",
                "Staff are committed to improving " + topic + ", and the new lead officer has started a review.",
                "We know where the gaps in " + topic + " are, which gives us a sound starting point."));
    }

    static String areasForImprovement(Random random, String topic, int level) {
        if (level >= 5) {
            return pick(random, List.of(
                    "The few schools that have not yet improved need sharper, earlier support.",
                    "We could do more to show the difference " + topic + " makes for learners.",
                    "Our evaluation relies heavily on data; learners' own views are less visible."));
        }
        if (level == 4) {
            return pick(random, List.of(
                    "Practice in " + topic + " still varies too much between schools.",
                    "We do not yet check well enough whether the changes to " + topic + " are lasting.",
                    "Families' views of " + topic + " are gathered but rarely acted on."));
        }
        return pick(random, List.of(
                "We do not have reliable data on " + topic + " for every school.",
                "Improvement in " + topic + " has stalled since 2023 and the reasons are not well understood.",
                "Planning for " + topic + " is not yet linked to what we know about outcomes."));
    }

    static String nextSteps(Random random, String topic) {
        return pick(random, List.of(
                "Agree a common set of measures for " + topic + " with headteachers by the end of term 2.",
                "Learn from our quad partners' practice before we review " + topic + " in the spring.",
                "Bring a short report on " + topic + " to the education committee in June.",
                "Ask two schools to lead a small test of change in " + topic + " and share what they find.",
                "Run the pupil survey again in term 3 and compare the results with this year's."));
    }

    static String notApplicableReason() {
        return "We have no service of this kind: it is provided for us by a neighbouring council.";
    }

    static String comment(Random random, String kind, int level) {
        if ("challenge".equals(kind)) {
            return pick(random, List.of(
                    "What evidence lies behind your level " + level + " here?",
                    "Is one survey enough to support a " + level + "? We would like to see how it was tested.",
                    "How far does the level " + level + " reflect every school, and not just the strongest?"));
        }
        return pick(random, List.of(
                "How did you involve headteachers in reaching this judgement?",
                "Could you share the tracking template you mention? We are reviewing ours.",
                "What made the difference here since last year?"));
    }

    static String reply(Random random) {
        return pick(random, List.of(
                "We drew on the termly reviews; we will share the summary before the session.",
                "Fair challenge: it is strongest in the secondary sector and we will say so.",
                "Yes, happy to share it; our lead officer will send it round this week."));
    }

    static String sessionNotes(Random random, String host, List<String> questions) {
        String discussed = questions.isEmpty() ? "the questions where our answers differed most"
                : "questions " + String.join(", ", questions) + ", where our answers differed most";
        return "We discussed " + discussed + ". " + pick(random, List.of(
                "Partners agreed the higher levels were well evidenced by data but thinner on learners' views.",
                "Each council described how it reached its level; the differences came mostly from the evidence"
                        + " each used.",
                "The discussion showed we mean different things by consistent practice; we agreed a shared"
                        + " description."))
                + " " + host + " offered to share its approach; the next session follows up the actions.";
    }

    static final List<String> ACTIONS = List.of(
            "Share the attendance tracking template with partners",
            "Host a visit to two schools to see the literacy approach at work",
            "Bring a sample of moderated teacher judgements to the next session",
            "Compare how each council reports attainment to its education committee",
            "Test the family engagement survey in one cluster and share the results",
            "Write up the quad's shared description of consistent practice");

    static String context(String council) {
        return NOTICE + " " + council + " is described here as a mixed authority with a growing school roll,"
                + " a new quality improvement framework in its second year, and a central team that has been"
                + " reorganised around clusters.";
    }

    static String summary(String council) {
        return NOTICE + " Overall, " + council + " judges its education service good, with clear strengths in"
                + " tracking and leadership, and a priority to improve how it involves families and acts on their"
                + " views.";
    }

    /** One item of a demo statement's SWOT: its kind (strength, weakness, opportunity, threat) and its words. */
    record SwotItem(String kind, String text) {
    }

    static final List<SwotItem> SWOT = List.of(
            new SwotItem("strength", "Schools use tracking data well at termly reviews."),
            new SwotItem("strength", "Headteachers lead improvement in their clusters."),
            new SwotItem("weakness", "Families' views are gathered but rarely acted on."),
            new SwotItem("weakness", "Practice varies too much between schools."),
            new SwotItem("opportunity", "Partners' approaches to engaging families we can learn from."),
            new SwotItem("threat", "Recruitment of teachers in rural schools."));

    static final List<String> FOCUS_AREAS = List.of("Attendance", "Family engagement", "Senior phase attainment",
            "Literacy in the early years", "Additional support for learning");

    static String focusQuestion(String area) {
        return "How well do we improve " + area.toLowerCase(Locale.ROOT) + " for every child and young person?";
    }
}
