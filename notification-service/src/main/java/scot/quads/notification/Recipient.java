package scot.quads.notification;

import java.util.List;
import java.util.Objects;

/**
 * A signed-in user as the inbox sees them: {@code userId} keys their own read state, {@code audiences} are the
 * audiences whose notifications they see (their council, ADES, or both, and themselves).
 */
public record Recipient(String userId, List<Audience> audiences) {

    public Recipient {
        Objects.requireNonNull(userId, "userId");
        audiences = List.copyOf(audiences);
    }

    public List<String> audienceKeys() {
        return audiences.stream().map(Audience::key).toList();
    }
}
