package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;
import scot.quads.notification.service.CommentNotices.Comment;
import scot.quads.notification.service.CommentNotices.Person;

class CommentNoticesTest {

    private static final String GLASGOW = "S12000049";
    private static final String DUNDEE = "S12000042";
    private static final String FIFE = "S12000047";
    private static final UUID CYCLE = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b004");
    private static final UUID QUAD = UUID.fromString("0b7e4c1d-3f2a-4d6e-9b8c-1a2b3c4d5e6f");
    private static final UUID THREAD = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final Map<String, String> NAMES = Map.of(GLASGOW, "Glasgow City", DUNDEE, "Dundee City",
            FIFE, "Fife");

    private static final Person ANNA_FROM_DUNDEE = new Person("anna", "Anna@Dundee.example", DUNDEE);
    private static final Person FIONA_FROM_FIFE = new Person("fiona", "fiona@fife.example", FIFE);
    private static final Person GREG_FROM_GLASGOW = new Person("greg", "greg@glasgow.example", GLASGOW);
    private static final Person ADES_OFFICER = new Person("ades", null, null);

    @Test
    void aFirstCommentTellsTheCouncilWhoseAnswerItIsAbout() {
        List<Notice> notices = CommentNotices.posted(comment(GLASGOW, ANNA_FROM_DUNDEE));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.council(GLASGOW));
            assertThat(n.type()).isEqualTo("comment");
            assertThat(n.title()).isEqualTo("New comment on Glasgow City's answer to question 2.1");
            assertThat(n.body()).isEqualTo("anna (Dundee City) commented on Glasgow City's answer to question 2.1"
                    + " for 2025-26.");
            assertThat(n.link()).isEqualTo("/cycles/" + CYCLE + "/quads/" + QUAD + "/questions/2.1#thread-" + THREAD);
            assertThat(n.email()).isNull();
        });
    }

    @Test
    void aReplyTellsEachEarlierWriterPersonallyWithTheirAddress() {
        List<Notice> notices = CommentNotices.posted(comment(GLASGOW, ANNA_FROM_DUNDEE, FIONA_FROM_FIFE,
                ADES_OFFICER));

        assertThat(notices).extracting(Notice::audience).containsExactly(Audience.council(GLASGOW),
                Audience.user("fiona"), Audience.user("ades"));
        assertThat(notices.get(1)).satisfies(n -> {
            assertThat(n.title()).isEqualTo("anna (Dundee City) replied in a thread you wrote in");
            assertThat(n.body()).isEqualTo("anna (Dundee City) replied in the thread on Glasgow City's answer to"
                    + " question 2.1 for 2025-26.");
            assertThat(n.email()).isEqualTo("fiona@fife.example");
        });
        assertThat(notices.get(2).email()).isNull();
    }

    @Test
    void theAuthorIsNeverToldOfTheirOwnComment() {
        Person annaAgain = new Person(" ANNA ", "anna@dundee.example", DUNDEE);

        List<Notice> notices = CommentNotices.posted(comment(GLASGOW, ANNA_FROM_DUNDEE, annaAgain, FIONA_FROM_FIFE));

        assertThat(notices).extracting(Notice::audience).containsExactly(Audience.council(GLASGOW),
                Audience.user("fiona"));
    }

    @Test
    void nobodyIsToldTwiceForOneComment() {
        Person fionaAgain = new Person("Fiona", "fiona@fife.example", FIFE);

        List<Notice> notices = CommentNotices.posted(comment(GLASGOW, ANNA_FROM_DUNDEE, FIONA_FROM_FIFE,
                fionaAgain, GREG_FROM_GLASGOW));

        // Greg already sees Glasgow City's notice; Fiona wrote twice but hears once.
        assertThat(notices).extracting(Notice::audience).containsExactly(Audience.council(GLASGOW),
                Audience.user("fiona"));
    }

    @Test
    void aCommentFromTheAnsweringCouncilItselfTellsOnlyTheOtherWriters() {
        Person glenFromGlasgow = new Person("glen", "glen@glasgow.example", GLASGOW);

        List<Notice> notices = CommentNotices.posted(comment(GLASGOW, GREG_FROM_GLASGOW, glenFromGlasgow,
                ANNA_FROM_DUNDEE));

        assertThat(notices).extracting(Notice::audience).containsExactly(Audience.user("glen"),
                Audience.user("anna"));
        assertThat(notices.get(0).body()).startsWith("greg (Glasgow City) replied in the thread on Glasgow City's");
        assertThat(notices.get(1).email()).isEqualTo("anna@dundee.example");
    }

    @Test
    void anAdesCommentIsNamedByItsAuthorAlone() {
        assertThat(CommentNotices.posted(comment(FIFE, ADES_OFFICER)).get(0).body())
                .isEqualTo("ades commented on Fife's answer to question 2.1 for 2025-26.");
    }

    @Test
    void aChallengeAsksTheCouncilForAnAnswerBeforeTheSession() {
        List<Notice> notices = CommentNotices.posted(new Comment(UUID.randomUUID(), THREAD, QUAD, CYCLE, "2025-26",
                "2.1", GLASGOW, new Person("link-inspector-1", null, null), List.of(), NAMES, true));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.council(GLASGOW));
            assertThat(n.title()).isEqualTo("Challenge to Glasgow City on question 2.1: please answer before the"
                    + " session");
            assertThat(n.body()).isEqualTo("link-inspector-1 challenged Glasgow City's answer to question 2.1 for"
                    + " 2025-26 and asks for an answer before the quad's session. Reply in the thread to answer: the"
                    + " challenge stays open until someone from Glasgow City replies.");
        });
    }

    @Test
    void unknownNamesFallBackToCodesAndIds() {
        UUID cycle = UUID.randomUUID();
        List<Notice> notices = CommentNotices.posted(new Comment(UUID.randomUUID(), THREAD, QUAD, cycle, null, "1.1",
                "s12999999", new Person("zed", null, "S12888888"), List.of(), Map.of()));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.council("S12999999"));
            assertThat(n.body()).isEqualTo("zed (S12888888) commented on S12999999's answer to question 1.1 for cycle "
                    + cycle + ".");
        });
    }

    private static Comment comment(String about, Person author, Person... earlier) {
        return new Comment(UUID.randomUUID(), THREAD, QUAD, CYCLE, "2025-26", "2.1", about, author,
                List.of(earlier), NAMES);
    }
}
