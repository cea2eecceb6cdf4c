package scot.quads.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The portal's pages as signed-in users wait for them, on the benchmark's cycle after the rush (every council has
 * submitted, so each quad's comparison shows all its members' answers): {@code --portal-users} sessions, each signed
 * in for real through Keycloak's login form ({@link PortalSignIn}), one in five as ADES and the rest as editors of
 * the quads' councils in order. Each user, on a kept-alive connection of its own, reads a page, waits a think time
 * (0.5-1.5 × {@code --portal-think-ms}) and reads the next, for {@code --portal-seconds}: an editor goes round its
 * council's dashboard, an indicator page (the framework's indicators in turn) and its quad's comparison; ADES reads
 * the cycle's progress page. A page's time is from writing the request to reading the last byte of its HTML (the
 * portal's own calls to the services included), on loopback: the server's time plus the harness's sub-millisecond
 * client.
 */
final class PortalPages {

    static final String DASHBOARD = "council dashboard";
    static final String INDICATOR = "indicator page";
    static final String COMPARISON = "quad comparison";
    static final String PROGRESS = "ADES cycle progress";
    /** One sign-in in this many is ADES's. */
    static final int ADES_EVERY = 5;

    private final Api api;
    private final BenchCycle cycle;
    private final Settings settings;

    PortalPages(Api api, BenchCycle cycle, Settings settings) {
        this.api = api;
        this.cycle = cycle;
        this.settings = settings;
    }

    /** Who signs in: user i is ADES when i % {@link #ADES_EVERY} is the last of them, else the next council's editor. */
    static List<String> logins(int users, List<String> councilLogins) {
        List<String> logins = new ArrayList<>();
        int council = 0;
        for (int i = 0; i < users; i++) {
            if (i % ADES_EVERY == ADES_EVERY - 1 || councilLogins.isEmpty()) {
                logins.add(Api.ADES);
            } else {
                logins.add(councilLogins.get(council++ % councilLogins.size()));
            }
        }
        return logins;
    }

    /** A page's path on the portal, with the indicator's code as one path segment. */
    static String indicatorPath(String cycleId, String indicator) {
        return "/council/cycles/" + cycleId + "/indicators/"
                + URLEncoder.encode(indicator, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Scenario run() throws InterruptedException {
        Scenario scenario = new Scenario("portal-pages", "Portal pages: " + settings.portalUsers()
                + " signed-in users");
        String portal = settings.portal();
        try {
            api.get(null, portal + "/q/health/ready").expect(200, "the portal ready");
        } catch (RuntimeException e) {
            return scenario.notMeasured("the portal is not up at " + portal + " (" + e.getMessage() + ")");
        }
        // Editors of the quads' councils in order, so that the first users fill whole quads.
        List<String> memberCodes = new ArrayList<>();
        cycle.quads.values().forEach(memberCodes::addAll);
        List<String> councilLogins = memberCodes.stream().map(cycle.councils::get).toList();
        List<String> logins = logins(settings.portalUsers(), councilLogins);

        Series signIn = scenario.series("sign-in", "from the first page asked for, through Keycloak's login form, "
                + "to the portal's session cookies and that page (not a target)");
        Series dashboard = scenario.series(DASHBOARD, "GET /council?cycle={bench cycle} as the council's editor");
        Series indicator = scenario.series(INDICATOR, "GET /council/cycles/{id}/indicators/{code} as the council's "
                + "editor, the framework's indicators in turn");
        Series comparison = scenario.series(COMPARISON, "GET /quads/{id} as a member, every member submitted");
        Series progress = scenario.series(PROGRESS, "GET /ades/cycles/{id} as ADES: every council's progress");

        List<User> users = new ArrayList<>();
        String firstFailure = null;
        for (int i = 0; i < logins.size(); i++) {
            String login = logins.get(i);
            boolean ades = Api.ADES.equals(login);
            String first = ades ? "/ades/cycles/" + cycle.cycleId : "/council?cycle=" + cycle.cycleId;
            try {
                PortalSignIn.Session session = PortalSignIn.signIn(portal, first, login);
                signIn.record(session.nanos());
                users.add(new User(i, session, ades ? null : codeOf(login)));
            } catch (Exception e) {
                signIn.error(login + ": " + e.getMessage());
                firstFailure = firstFailure == null ? login + ": " + e.getMessage() : firstFailure;
            }
        }
        if (users.isEmpty()) {
            return scenario.notMeasured("no user could sign in to the portal: " + Api.abbreviate(firstFailure));
        }

        CountDownLatch done = new CountDownLatch(users.size());
        long origin = System.nanoTime();
        long end = origin + TimeUnit.SECONDS.toNanos(settings.portalSeconds());
        for (Series s : List.of(dashboard, indicator, comparison, progress)) {
            s.startingAt(origin);
        }
        List<Thread> threads = new ArrayList<>();
        for (User user : users) {
            Thread thread = new Thread(() -> {
                try {
                    user.browse(end, Map.of(DASHBOARD, dashboard, INDICATOR, indicator, COMPARISON, comparison,
                            PROGRESS, progress));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "portal-user-" + user.number);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        if (!done.await(settings.portalSeconds() + 120L, TimeUnit.SECONDS)) {
            progress.error("the users had not finished 2 minutes after their time was up; stopped");
            threads.forEach(Thread::interrupt);
        }
        api.close();

        long ades = users.stream().filter(u -> u.council == null).count();
        scenario.extra.put("users", users.size()).put("adesSessions", ades)
                .put("editorSessions", users.size() - ades).put("seconds", settings.portalSeconds())
                .put("thinkMs", settings.portalThinkMs()).put("portal", portal).put("cycle", cycle.name)
                .put("questionsPerCouncil", cycle.questions.size());
        scenario.note("Closed loop: each signed-in user waits a random 0.5–1.5 × " + settings.portalThinkMs()
                + " ms between pages, on a kept-alive connection of its own, as a browser would; an editor reads its "
                + "dashboard, an indicator page and its quad's comparison in turn, ADES (" + ades + " of the "
                + users.size() + " sessions) its cycle progress page. Times are to the last byte of the HTML on "
                + "loopback: the portal's time, its calls to the services included.");
        for (Series page : List.of(dashboard, indicator, comparison, progress)) {
            scenario.target(page.name + " p95 at " + users.size() + " signed-in users", "≤ 150 ms", 150, page, 95);
        }
        scenario.errorsTarget("errors (sign-in included)");
        return scenario;
    }

    private String codeOf(String login) {
        return cycle.councils.entrySet().stream().filter(e -> e.getValue().equals(login)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException(login + " is no bench council's login"));
    }

    /** One signed-in user browsing on its own thread and connection. */
    private final class User {
        final int number;
        final PortalSignIn.Session session;
        /** The council's code, or null for ADES. */
        final String council;
        final Random random;

        User(int number, PortalSignIn.Session session, String council) {
            this.number = number;
            this.session = session;
            this.council = council;
            this.random = new Random(number);
        }

        void browse(long end, Map<String, Series> pages) throws InterruptedException {
            int think = settings.portalThinkMs();
            Thread.sleep(think == 0 ? 0 : random.nextInt(think));
            String quad = council == null ? null : cycle.quadOf(council).getKey();
            for (int step = 0; System.nanoTime() < end; step++) {
                String page;
                String path;
                if (council == null) {
                    page = PROGRESS;
                    path = "/ades/cycles/" + cycle.cycleId;
                } else if (step % 3 == 0) {
                    page = DASHBOARD;
                    path = "/council?cycle=" + cycle.cycleId;
                } else if (step % 3 == 1) {
                    page = INDICATOR;
                    path = indicatorPath(cycle.cycleId, cycle.indicators.get((number + step / 3)
                            % cycle.indicators.size()));
                } else {
                    page = COMPARISON;
                    path = "/quads/" + quad;
                }
                Series series = pages.get(page);
                try {
                    Api.Reply reply = api.page(session.cookies(), settings.portal() + path);
                    if (reply.status() == 200) {
                        series.record(reply.nanos());
                    } else {
                        series.error(session.login() + " " + path + ": HTTP " + reply.status() + " "
                                + Api.abbreviate(reply.text()));
                    }
                } catch (RuntimeException e) {
                    series.error(session.login() + " " + path + ": " + e.getMessage());
                }
                Thread.sleep(think == 0 ? 0 : think / 2 + random.nextInt(think));
            }
        }
    }
}
