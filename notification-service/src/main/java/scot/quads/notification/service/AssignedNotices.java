package scot.quads.notification.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * What the ADES officers and link inspectors assigned to a quad are told: each notice its member councils get, once
 * per person and kind, addressed to them in person. The councils' own notices come first and are unchanged.
 */
public final class AssignedNotices {

    private AssignedNotices() {
    }

    /**
     * {@code notices} followed by, for each assigned user name (but the {@code author}, if any), a copy of each
     * council's notice addressed to that user; a user already told personally of the same kind is not told again.
     */
    public static List<Notice> withCopies(List<Notice> notices, Collection<String> assigned, String author) {
        if (assigned.isEmpty()) {
            return notices;
        }
        String except = author == null ? null : author.trim().toLowerCase(Locale.ROOT);
        Set<String> told = new LinkedHashSet<>();
        for (Notice notice : notices) {
            if (notice.audience().isUser()) {
                told.add(notice.audience().key() + "\n" + notice.type());
            }
        }
        List<Notice> all = new ArrayList<>(notices);
        for (String username : assigned) {
            String user = username.trim().toLowerCase(Locale.ROOT);
            if (user.isEmpty() || user.equals(except)) {
                continue;
            }
            Audience audience = Audience.user(user);
            for (Notice notice : notices) {
                if (notice.audience().councilCode().isEmpty() || !told.add(audience.key() + "\n" + notice.type())) {
                    continue;
                }
                all.add(new Notice(audience, notice.type(), notice.title(), notice.body(), notice.link(),
                        notice.councilCode(), notice.cycleId()));
            }
        }
        return List.copyOf(all);
    }
}
