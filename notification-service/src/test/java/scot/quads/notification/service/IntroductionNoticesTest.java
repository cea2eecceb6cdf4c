package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Contact;
import scot.quads.notification.Notice;

class IntroductionNoticesTest {

    private static final String ASKER = "S12000001";
    private static final String PARTNER = "S12000002";

    @Test
    void theNamedContactIsThePrimaryOneElseTheFirstByName() {
        Contact zoe = contact("Zoe", "zoe@x.invalid", "Primary contact");
        Contact amy = contact("Amy", "amy@x.invalid", "Officer");
        Contact bob = contact("bob", "bob@x.invalid", null);

        assertThat(IntroductionNotices.namedContact(List.of(amy, zoe, bob))).contains(zoe);
        assertThat(IntroductionNotices.namedContact(List.of(bob, amy))).contains(amy);
        assertThat(IntroductionNotices.namedContact(List.of())).isEmpty();
    }

    @Test
    void aQuestionGoesToTheContactInPersonWithTheWordsAndBothLevels() {
        Contact pat = contact("Pat", "Pat@X.invalid", "primary");
        List<Notice> notices = IntroductionNotices.of(message(true, "ann", ASKER), Optional.of(pat));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.audience()).isEqualTo(Audience.email("pat@x.invalid"));
            assertThat(notice.email()).isEqualTo("pat@x.invalid");
            assertThat(notice.type()).isEqualTo(NoticeTypes.INTRODUCTION);
            assertThat(notice.title()).isEqualTo("Asking asks Strong about D1.1.1");
            assertThat(notice.body()).contains("\"How?\"", "Strong graded it level 5", "Asking graded it level 2");
        });
    }

    @Test
    void aReplyFromThePartnerGoesToTheAskerAndNobodyIsToldOfTheirOwnWords() {
        List<Notice> toAsker = IntroductionNotices.of(message(false, "pat", PARTNER),
                Optional.of(contact("Pat", "pat@x.invalid", "primary")));
        assertThat(toAsker).extracting(Notice::audience).containsExactly(Audience.user("ann"));
        assertThat(toAsker.get(0).email()).isEqualTo("ann@x.invalid");

        CommentNotices.Person pat = new CommentNotices.Person("pat", "pat@x.invalid", ASKER);
        IntroductionNotices.Message byContact = new IntroductionNotices.Message(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "D1.1.1", null, ASKER, 2, PARTNER, 5, pat, pat, null, false, Map.of());
        assertThat(IntroductionNotices.of(byContact, Optional.of(contact("Pat", "pat@x.invalid", "primary"))))
                .isEmpty();
    }

    @Test
    void aPartnerWithoutContactsIsToldAsACouncil() {
        assertThat(IntroductionNotices.of(message(true, "ann", ASKER), Optional.empty()))
                .extracting(Notice::audience).containsExactly(Audience.council(PARTNER));
    }

    private static IntroductionNotices.Message message(boolean question, String author, String council) {
        CommentNotices.Person asker = new CommentNotices.Person("ann", "ann@x.invalid", ASKER);
        CommentNotices.Person by = author.equals("ann") ? asker
                : new CommentNotices.Person(author, author + "@x.invalid", council);
        return new IntroductionNotices.Message(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "D1.1.1",
                "Leaders", ASKER, 2, PARTNER, 5, asker, by, question ? "How?" : null, question,
                Map.of(ASKER, "Asking", PARTNER, "Strong"));
    }

    private static Contact contact(String name, String email, String role) {
        return new Contact(PARTNER, UUID.randomUUID(), name, email, role, "");
    }
}
