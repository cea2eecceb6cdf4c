package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationPagesTest {

    @Test
    void markAsReadGoesBackToThePageItWasOnKeepingItsCycle() {
        assertThat(NotificationPages.backTo("http://localhost:8080/council?cycle=abc", "/notifications"))
                .isEqualTo("/council?cycle=abc");
    }

    @Test
    void withoutAUsableRefererItGoesToTheInbox() {
        assertThat(NotificationPages.backTo(null, "/notifications")).isEqualTo("/notifications");
        assertThat(NotificationPages.backTo("not a uri at all%", "/notifications")).isEqualTo("/notifications");
        assertThat(NotificationPages.backTo("http://localhost:8080/notifications/x/read", "/notifications"))
                .isEqualTo("/notifications");
        assertThat(NotificationPages.backTo("http://localhost:8080//evil.example", "/notifications"))
                .isEqualTo("/notifications");
    }
}
