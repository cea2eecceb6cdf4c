package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.quads.notification.service.EmailRecipients.ContactDefaults;
import scot.quads.notification.service.EmailRecipients.Recipient;

class EmailRecipientsTest {

    private static final ContactDefaults ANN = new ContactDefaults("Ann@Fife.example ", List.of("cycle.opened",
            "deadline-passed"));
    private static final ContactDefaults BOB = new ContactDefaults("bob@fife.example", List.of("deadline-passed"));

    @Test
    void contactsWhoWantTheTypeByDefaultGetAMailNow() {
        assertThat(EmailRecipients.of("cycle.opened", List.of(ANN, BOB), Map.of()))
                .containsExactly(new Recipient("ann@fife.example", "email"));
        assertThat(EmailRecipients.of("deadline-passed", List.of(ANN, BOB), Map.of()))
                .containsExactly(new Recipient("ann@fife.example", "email"), new Recipient("bob@fife.example", "email"));
    }

    @Test
    void aPersonsOwnPreferenceBeatsTheirDefault() {
        assertThat(EmailRecipients.of("deadline-passed", List.of(ANN, BOB),
                Map.of("ann@fife.example", "off", "bob@fife.example", "digest")))
                .containsExactly(new Recipient("bob@fife.example", "digest"));
        assertThat(EmailRecipients.of("cycle.opened", List.of(BOB), Map.of("bob@fife.example", "on")))
                .containsExactly(new Recipient("bob@fife.example", "email"));
    }

    @Test
    void aTypeNobodyWantsSendsNoMail() {
        assertThat(EmailRecipients.of("quad.changed", List.of(ANN, BOB), Map.of())).isEmpty();
    }

    @Test
    void oneAddressListedTwiceGetsOneMail() {
        assertThat(EmailRecipients.of("cycle.opened", List.of(ANN,
                new ContactDefaults("ann@fife.example", List.of("cycle.opened"))), Map.of())).hasSize(1);
    }
}
