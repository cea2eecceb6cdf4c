package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

class AssignedNoticesTest {

    private static final UUID CYCLE = UUID.randomUUID();

    @Test
    void eachAssignedPersonGetsTheCouncilsNoticesOnceButNotTheAuthorNorWhoWasToldInPerson() {
        Notice council = new Notice(Audience.council("S12000049"), "comment", "New comment", "Body", "/link",
                "S12000049", CYCLE);
        Notice personal = new Notice(Audience.user("Officer-1"), "comment", "Replied", "Body", "/link", "S12000049",
                CYCLE, "officer@example.org");

        List<Notice> all = AssignedNotices.withCopies(List.of(council, personal),
                List.of("officer-1", "inspector-1", "author-1"), "Author-1");

        assertThat(all).extracting(Notice::audience).containsExactly(Audience.council("S12000049"),
                Audience.user("officer-1"), Audience.user("inspector-1"));
        assertThat(all.get(2)).satisfies(n -> {
            assertThat(n.title()).isEqualTo("New comment");
            assertThat(n.link()).isEqualTo("/link");
            assertThat(n.email()).isNull();
        });
        assertThat(AssignedNotices.withCopies(List.of(council), List.of(), null)).containsExactly(council);
    }
}
