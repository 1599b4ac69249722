package org.convene.gateway;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One path through every part, in a real Chromium, as two people: sign in through Keycloak,
 * create a mission, join it, chat live over the WebSocket hub, send feedback, see its theme.
 */
class EndToEndIT {

    private static final Path SCREENSHOTS = Paths.get("target", "e2e");
    /** axe-core, from the web app's own development dependencies. */
    private static final Path AXE = Paths.get("..", "frontend", "node_modules", "axe-core", "axe.min.js");
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        // The machine's Chromium; Playwright must not download a browser of its own.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("convene.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void twoPeopleMeetInAMissionTalkLiveAndSeeFeedbackBecomeATheme() {
        String mission = "Playgrounds for every child " + UUID.randomUUID().toString().substring(0, 8);
        // Frankie is on a phone-width screen, Olivia on a desktop.
        try (BrowserContext oliviaContext = browser.newContext();
             BrowserContext frankieContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
            // a. Olivia signs in through Keycloak
            Page olivia = signIn(oliviaContext, DemoUser.OLIVIA, "Olivia Okafor");
            assertAccessible(olivia, "the home page");

            // b. she creates a mission community, and Frankie joins it
            olivia.getByLabel("Mission name").fill(mission);
            olivia.getByLabel("Vision").fill("Every child within ten minutes' walk of a safe playground.");
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create mission")).click();
            assertThat(olivia.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(mission))).isVisible();
            assertThat(olivia.getByText("Your role: convener")).isVisible();
            String missionUrl = olivia.url();

            Page frankie = signIn(frankieContext, DemoUser.FRANKIE, "Frankie Nwosu");
            frankie.navigate(missionUrl);
            frankie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join this mission")).click();
            assertThat(frankie.getByText("Your role: member")).isVisible();

            // c. Frankie posts in the channel; Olivia, already on the page, sees it without reloading
            assertThat(olivia.getByText("Live")).isVisible();
            assertThat(olivia.getByText("Online now: Frankie Nwosu, Olivia Okafor")).isVisible();
            olivia.evaluate("() => { window.notReloaded = true; }");
            String hello = "Hello from the Leeds playground team " + UUID.randomUUID().toString().substring(0, 6);
            frankie.getByLabel("Message").fill(hello);
            frankie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
            assertThat(olivia.getByText(hello)).isVisible();
            assertEquals(true, olivia.evaluate("() => window.notReloaded === true"), "the page was not reloaded");

            // Frankie corrects the message; Olivia sees the edit live
            frankie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit")).click();
            frankie.getByLabel("Message").fill(hello + " (Elm Road)");
            frankie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(olivia.getByText(hello + " (Elm Road)")).isVisible();
            assertThat(olivia.getByText("edited")).isVisible();

            // Olivia mentions Frankie, whose notification count rises without a reload
            // (earlier runs may have left Frankie notifications: start from none unread)
            frankie.request().put(LocalStack.GATEWAY + "/api/communities/me/notifications/read",
                    com.microsoft.playwright.options.RequestOptions.create().setHeader("X-Requested-With", "JavaScript"));
            frankie.reload();
            assertThat(frankie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications").setExact(true)))
                    .isVisible();
            olivia.getByLabel("Mention a member").focus();
            olivia.getByLabel("Mention a member").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Frankie Nwosu"));
            olivia.getByLabel("Message").fill("@Frankie Nwosu thanks, can you bring photos?");
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
            assertThat(frankie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications (1)"))).isVisible();

            // Olivia, the convener, commits to a target and publishes progress, drawn as a chart
            Locator targetForm = olivia.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a committed target"));
            targetForm.getByLabel("Metric").fill("Children within 10 minutes of a safe playground");
            targetForm.getByLabel("Unit").fill("%");
            targetForm.getByLabel("Baseline").fill("52");
            targetForm.getByLabel("Target value").fill("100");
            targetForm.getByLabel("Deadline").fill("2030-12-31");
            targetForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a committed target")).click();
            olivia.getByText("Publish progress").first().click();
            olivia.getByLabel("Measured value").fill("64");
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish progress")).click();
            assertThat(olivia.getByText("now 64 %").first()).isVisible();
            assertThat(olivia.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                    .setName("Progress of Children within 10 minutes of a safe playground: 1 measurements"))).isVisible();
            olivia.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("mission-convener.png")).setFullPage(true));
            assertAccessible(olivia, "the mission page of its convener");

            // d. Frankie sends feedback; the synthesis service puts it in a theme, which appears
            //    on the mission's insights page that Olivia has open
            olivia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Insights")).click();
            assertThat(olivia.getByText("No themes yet")).isVisible();
            assertThat(olivia.getByText("Live")).isVisible();
            frankie.getByLabel("What works, what does not, what would help?")
                    .fill("The swings in the playground on Elm Road are broken and the playground gate is unsafe");
            frankie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback")).click();
            assertThat(frankie.getByText("Thank you. Your feedback is recorded.")).isVisible();

            assertThat(olivia.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("playground")
                    .setExact(false)).first()).isVisible();
            assertThat(olivia.getByText("Fewer than 5 people")).isVisible();

            // e. Frankie sees which theme the feedback joined; Olivia answers the theme, and Frankie
            //    sees what is being done ("you said, we did")
            assertThat(frankie.getByText("Part of the theme")).containsText("playground");
            olivia.getByLabel("What will you do, or why not?").fill("The council repairs the swings and the gate this month");
            olivia.getByLabel("Status").selectOption("IN_PROGRESS");
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish answer")).click();
            assertThat(olivia.getByText("In progress:")).isVisible();
            // Frankie is told at once, wherever they are in the app, and the answer stays with the feedback
            assertThat(frankie.getByRole(AriaRole.STATUS).getByText("Leaders answered your feedback")).isVisible();
            assertThat(frankie.locator("main").getByText("The council repairs the swings and the gate this month"))
                    .isVisible();
            assertAccessible(olivia, "the insights page");
            assertAccessible(frankie, "the mission page of a member on a phone");
            frankie.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("mission.png")));
        }
    }

    /** A member of a community of practice, on a phone and on a desktop. */
    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aCaseStudyIsPublishedThenFoundByAnotherPerson(int width) {
        String word = "bikebus" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext oliviaContext = browser.newContext();
             BrowserContext carlContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 800))) {
            Page olivia = signIn(oliviaContext, DemoUser.OLIVIA, "Olivia Okafor");
            olivia.getByLabel("Mission name").fill("Active travel to school " + word);
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create mission")).click();
            olivia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a case study")).click();
            olivia.getByLabel("Title").fill("The " + word + " in Leeds");
            olivia.getByLabel("Summary").fill("Parents ride with pupils to school as a " + word + " every Friday.");
            olivia.getByLabel("Outcomes").fill("Cycling to school tripled in a year.");
            olivia.getByLabel("Place").fill("Leeds");
            olivia.getByLabel("Tags (comma-separated)").fill("cycling, school");
            olivia.getByLabel("Local government").check();
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
            assertThat(olivia.getByText("Draft: only you can see it")).isVisible();
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            assertThat(olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as useful"))).isVisible();

            Page carl = signIn(carlContext, DemoUser.CARL, "Carl Chen");
            carl.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Case studies")).click();
            carl.getByLabel("Search case studies").fill(word);
            carl.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            Locator hit = carl.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The " + word + " in Leeds"));
            assertThat(hit).isVisible();
            assertThat(carl.locator("mark").filter(new Locator.FilterOptions().setHasText(word)).first()).isVisible();
            carl.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("case-study-search-" + width + ".png")));
            assertAccessible(carl, "the case-study library at " + width + " px");
            assertFitsSideways(carl, width);
            hit.click();
            carl.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as useful")).click();
            assertThat(carl.getByText("Useful (1)")).isVisible();
        }
    }

    @Test
    void anOrganisationIsCreatedAndTakesPartInAMissionAsAWhole() {
        String org = "Leeds Food Network " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext context = browser.newContext()) {
            Page olivia = signIn(context, DemoUser.OLIVIA, "Olivia Okafor");
            olivia.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Organisations")).click();
            olivia.getByLabel("Organisation name").fill(org);
            olivia.getByLabel("Stakeholder type").last().selectOption("civil_society");
            olivia.getByLabel("Website").fill("https://example.org/food");
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an organisation")).click();
            assertThat(olivia.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(org))).isVisible();
            assertThat(olivia.getByText("Civil society")).isVisible();

            olivia.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Missions")).click();
            olivia.getByLabel("Mission name").fill("Good food for all " + org);
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create mission")).click();
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring in " + org)).click();
            Locator taking = olivia.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Organisations taking part"));
            assertThat(taking.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(org))).isVisible();
            assertThat(taking.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(org)))
                    .containsText("taking part");
            olivia.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("mission-organisations.png"))
                    .setFullPage(true));
            assertAccessible(olivia, "a mission page with organisations");
        }
    }

    /** A citizen, on a phone and on a desktop. */
    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aCitizenJoinsADeliberationByLinkAndAMemberSeesTheVotesLive(int width) {
        String question = "How do we make night buses work? " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext oliviaContext = browser.newContext();
             BrowserContext citizenContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 844))) {
            Page olivia = signIn(oliviaContext, DemoUser.OLIVIA, "Olivia Okafor");
            olivia.getByLabel("Mission name").fill("Safer journeys home " + question);
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create mission")).click();
            olivia.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill(question);
            olivia.getByLabel("Seed statements (one per line)").fill("Buses every 20 minutes until 1am");
            olivia.getByLabel("Anyone with the link may take part without an account").check();
            olivia.getByLabel("Publish statements without moderation").check();
            // The engagement service learns of the new mission's convener from an event: retry until it has.
            for (int attempt = 0; attempt < 20 && !olivia.url().contains("#/deliberations/"); attempt++) {
                olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a deliberation")).click();
                olivia.waitForTimeout(500);
            }
            assertThat(olivia.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(question))).isVisible();
            assertThat(olivia.getByText("Live", new Page.GetByTextOptions().setExact(true))).isVisible();
            String link = olivia.url();

            Page citizen = citizenContext.newPage();
            citizen.navigate(link);
            assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(question))).isVisible();
            citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take part")).click();
            assertThat(citizen.getByText("Buses every 20 minutes until 1am").first()).isVisible();
            citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agree").setExact(true)).click();
            assertThat(citizen.getByText("You have voted on every statement")).isVisible();

            // Olivia's open page shows the citizen's vote without a reload.
            assertThat(olivia.locator("[data-statement='0']")).containsText("1 agree");

            citizen.getByLabel("Your statement").fill("Night buses on Sundays too");
            citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit statement")).click();
            assertThat(citizen.getByText("your statement is published")).isVisible();
            assertThat(olivia.getByText("Night buses on Sundays too", new Page.GetByTextOptions().setExact(true)).first())
                    .isVisible();
            citizen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                    width < 600 ? "deliberation-citizen.png" : "deliberation-citizen-" + width + ".png")).setFullPage(true));
            assertAccessible(citizen, "the deliberation room of a citizen at " + width + " px");
            assertFitsSideways(citizen, width);
            assertAccessible(olivia, "the deliberation room of its convener");
        }
    }

    /** An official or convener, on a desktop and on a phone. */
    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void anOfficialReadsAThemeWithItsTrendSentimentAndBreakdownsThenAnswersIt(int width) {
        // Five people of the mission send feedback through the gateway's API, as a phone app would.
        String mission = api(DemoUser.OLIVIA).body(Map.of("name", "Safer play " + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/communities/missions").then().statusCode(201).extract().path("id");
        List<DemoUser> people = List.of(DemoUser.CARL, DemoUser.FIONA, DemoUser.SAM, DemoUser.FRANKIE, DemoUser.ADA);
        List<String> texts = List.of(
                "The swings in the Elm Road playground have been broken for weeks",
                "Broken swings and a loose slide at the playground on Elm Road",
                "The playground gate does not close and the swings are broken",
                "Please repair the playground swings, children cannot use them",
                "The playground equipment is broken and unsafe for small children");
        for (int i = 0; i < people.size(); i++) {
            api(people.get(i)).post("/api/communities/missions/" + mission + "/members").then().statusCode(201);
            Map<String, String> feedback = Map.of("text", texts.get(i), "service", "Parks", "place", "Elm Road");
            int status = 0;
            for (int attempt = 0; attempt < 50 && status != 201; attempt++) {
                status = api(people.get(i)).body(feedback).post("/api/engagement/missions/" + mission + "/feedback").statusCode();
                if (status != 201) {
                    sleep(200); // the engagement service learns of the membership from an event
                }
            }
            assertEquals(201, status);
        }

        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
            Page olivia = signIn(desktop, DemoUser.OLIVIA, "Olivia Okafor");
            olivia.navigate(LocalStack.GATEWAY + "/#/missions/" + mission + "/insights");
            Locator theme = olivia.locator(".card.theme").filter(new Locator.FilterOptions().setHasText("5 texts"));
            assertThat(theme).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                    .setTimeout(30_000));
            assertThat(theme.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("negative").setExact(false)))
                    .isVisible();
            assertThat(theme.locator("blockquote")).hasCount(3);
            olivia.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                    width > 600 ? "insights.png" : "insights-" + width + ".png")).setFullPage(true));
            assertAccessible(olivia, "the insights page with a theme at " + width + " px");
            assertFitsSideways(olivia, width);

            theme.getByRole(AriaRole.HEADING).getByRole(AriaRole.LINK).click();
            Locator byService = olivia.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("By service"));
            assertThat(byService.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Parks 5 5"))).isVisible();
            olivia.getByLabel("What will you do, or why not?").fill("New swings are ordered for Elm Road");
            olivia.getByLabel("Status").selectOption("PLANNED");
            olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish answer")).click();
            assertThat(olivia.locator(".responses").getByText("New swings are ordered for Elm Road")).isVisible();
            olivia.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                    width > 600 ? "theme.png" : "theme-" + width + ".png")).setFullPage(true));
            assertAccessible(olivia, "a theme's page at " + width + " px");
            assertFitsSideways(olivia, width);
        }
    }

    private static io.restassured.specification.RequestSpecification api(DemoUser user) {
        return io.restassured.RestAssured.given().baseUri(LocalStack.GATEWAY).auth().oauth2(user.accessToken())
                .contentType("application/json");
    }

    @Test
    void aSessionCookieAloneCannotChangeAnythingAndNoSessionGetsNothing() {
        // Another site's page could make the browser send the cookie, but not this header.
        try (BrowserContext context = browser.newContext()) {
            Page olivia = signIn(context, DemoUser.OLIVIA, "Olivia Okafor");
            String missions = LocalStack.GATEWAY + "/api/communities/missions";
            var forged = olivia.request().post(missions, com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setData(Map.of("name", "Forged mission")));
            assertEquals(403, forged.status(), forged.text());
            assertTrue(forged.text().contains("X-Requested-With"), forged.text());
            var real = olivia.request().post(missions, com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setHeader("X-Requested-With", "JavaScript")
                    .setData(Map.of("name", "Real mission " + UUID.randomUUID().toString().substring(0, 8))));
            assertEquals(201, real.status(), real.text());
        }
        // Neither a session nor a token: 401, whichever route.
        for (String path : List.of("/api/communities/missions", "/api/engagement/me/feedback",
                "/api/synthesis/missions/" + UUID.randomUUID() + "/themes")) {
            io.restassured.RestAssured.given().baseUri(LocalStack.GATEWAY).redirects().follow(false)
                    .accept("application/json").get(path).then().statusCode(401);
        }
    }

    /** Frontline staff, on a phone and on a desktop. */
    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aFrontlineWorkerAnswersAPulseSurvey(int width) {
        // Set-up through the services' APIs: Olivia's mission, Frankie in it, a survey that asks its members.
        String mission = io.restassured.RestAssured.given().baseUri(LocalStack.COMMUNITIES)
                .auth().oauth2(DemoUser.OLIVIA.accessToken()).contentType("application/json")
                .body(Map.of("name", "Safe staffing " + UUID.randomUUID().toString().substring(0, 8)))
                .post("/missions").then().statusCode(201).extract().path("id");
        io.restassured.RestAssured.given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(DemoUser.FRANKIE.accessToken())
                .post("/missions/" + mission + "/members").then().statusCode(201);
        Map<String, Object> survey = Map.of("title", "Weekly pulse", "schedule", "WEEKLY", "windowDays", 3,
                "questions", List.of(Map.of("kind", "SCALE_5", "prompt", "How was your week?"),
                        Map.of("kind", "ENPS", "prompt", "Would you recommend working here?"),
                        Map.of("kind", "SINGLE", "prompt", "Which shift?", "options", List.of("Early", "Late", "Night")),
                        Map.of("kind", "MULTI", "prompt", "What got in the way?", "options", List.of("Staffing", "Equipment")),
                        Map.of("kind", "TEXT", "prompt", "Anything else?")));
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 201; attempt++) {
            status = io.restassured.RestAssured.given().baseUri(LocalStack.ENGAGEMENT)
                    .auth().oauth2(DemoUser.OLIVIA.accessToken()).contentType("application/json").body(survey)
                    .post("/missions/" + mission + "/surveys").statusCode();
            if (status != 201) {
                sleep(200); // the engagement service learns of the mission from an event
            }
        }
        assertEquals(201, status);

        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 844))) {
            Page frankie = signIn(phone, DemoUser.FRANKIE, "Frankie Nwosu");
            long started = System.nanoTime();
            frankie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer (5 questions, under a minute)")).first().click();
            frankie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("How was your week?: 4")).click();
            frankie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Would you recommend working here?: 9")).click();
            frankie.getByLabel("Night").check();
            frankie.getByLabel("Staffing").check();
            frankie.getByLabel("Anything else?").fill("Two nurses short on nights again");
            frankie.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                    width < 600 ? "pulse-survey-phone.png" : "pulse-survey-" + width + ".png")).setFullPage(true));
            assertFitsSideways(frankie, width);
            assertAccessible(frankie, "a pulse survey at " + width + " px");
            frankie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answers")).click();
            assertThat(frankie.getByText("Thank you. Your answers are anonymous")).isVisible();
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            System.out.printf("pulse survey answered in %d s of browser time%n", seconds);
        }
    }

    private static void assertFitsSideways(Page page, int width) {
        assertEquals(width, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(),
                "nothing sticks out sideways at " + width + " px");
    }

    /**
     * Runs axe-core on the page as it is now and fails on any serious or critical violation of the
     * WCAG 2.2 A and AA rules (contrast, names, labels, landmarks, ...).
     */
    private static void assertAccessible(Page page, String what) {
        // Through the DevTools protocol: the app's CSP (rightly) refuses an injected inline script.
        com.google.gson.JsonObject script = new com.google.gson.JsonObject();
        try {
            script.addProperty("expression", java.nio.file.Files.readString(AXE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.context().newCDPSession(page).send("Runtime.evaluate", script);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("async () => {"
                + " const r = await axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});"
                + " return {passed: r.passes.length, serious: r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.nodes.length + '): '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))}; }");
        assertTrue(((Number) result.get("passed")).intValue() > 10, "axe-core checked " + what);
        assertEquals(List.of(), result.get("serious"), "serious or critical accessibility violations on " + what);
        System.out.printf("axe-core: %s passed %s rules%n", what, result.get("passed"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Page signIn(BrowserContext context, DemoUser user, String name) {
        Page page = context.newPage();
        page.navigate(LocalStack.GATEWAY + "/");
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign in")).click();
        page.locator("#username").fill(user.username);
        page.locator("#password").fill(DemoUser.PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.getByText("Signed in as " + name)).isVisible();
        return page;
    }
}
