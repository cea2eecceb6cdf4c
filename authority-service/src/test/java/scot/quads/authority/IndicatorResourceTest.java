package scot.quads.authority;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class IndicatorResourceTest {

    private static final String LONG_HEADER = "gss_code,area,indicator,period,value\n";
    private static final String LGBF_HEADER = "LA_Information_LocalAuthority,Indicators_Information_Code,"
            + "LA_Data_LGBF_Year,LA_Data_LA_IndicatorReal\n";

    @Test
    void everySignedInUserSeesTheIndicatorsWithTheirPeriodsInOrder() {
        JsonPath body = given().auth().oauth2(Tokens.viewer(Tokens.FIFE))
                .when().get("/indicators")
                .then().statusCode(200)
                .body("$", hasSize(30))
                .body("code", hasItems("CHN1", "CHN10", "PriPupils", "CHN9"))
                .extract().jsonPath();

        assertThat(body.getList("find { it.code == 'CHN10' }.periods", String.class))
                .containsExactly("2016-19", "2017-20", "2019-20");
        assertThat(body.getList("find { it.code == 'CHN9' }.periods", String.class)).isEmpty();
        assertThat(body.getMap("find { it.code == 'CHN1' }")).containsEntry("title", "Cost per primary school pupil")
                .containsEntry("unit", "GBP per pupil").containsEntry("higherIsBetter", false)
                .containsEntry("familySet", "people")
                .containsOnlyKeys("code", "title", "unit", "higherIsBetter", "familySet", "periods");
        assertThat(body.getMap("find { it.code == 'PriPupils' }")).containsEntry("higherIsBetter", null);
        assertThat(body.getList("code", String.class).subList(0, 3)).containsExactly("CHN1", "CHN2", "CHN3");
    }

    @Test
    void indicatorsNeedASignedInUser() {
        given().when().get("/indicators").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/indicators/CHN1/values").then().statusCode(401);
        given().when().get("/councils/S12000049/indicators").then().statusCode(401);
    }

    @Test
    void aPeriodsValuesCoverThe32CouncilsButNotScotland() {
        JsonPath body = given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW))
                .when().get("/indicators/CHN4/values?period=2020-21")
                .then().statusCode(200)
                .body("indicator", equalTo("CHN4"), "period", equalTo("2020-21"))
                .body("values", hasSize(32))
                .body("values.gssCode", not(hasItem("S92000003")))
                .extract().jsonPath();

        assertThat(body.getMap("$")).containsOnlyKeys("indicator", "period", "values");
        assertThat(body.getMap("values[0]")).containsOnlyKeys("gssCode", "value");
        assertThat(body.getDouble("values.find { it.gssCode == 'S12000049' }.value")).isEqualTo(60.0);
    }

    @Test
    void withoutAPeriodTheLatestPeriodWithValuesIsUsed() {
        JsonPath body = given().auth().oauth2(Tokens.ades())
                .when().get("/indicators/CHN10/values")
                .then().statusCode(200)
                .body("period", equalTo("2019-20"))
                .extract().jsonPath();

        assertThat(body.getDouble("values.find { it.gssCode == 'S12000049' }.value")).isEqualTo(71.0);
    }

    @Test
    void anIndicatorWithoutValuesHasNoPeriod() {
        given().auth().oauth2(Tokens.ades())
                .when().get("/indicators/CHN9/values")
                .then().statusCode(200)
                .body("period", equalTo(null), "values", hasSize(0));
    }

    @Test
    void anUnknownIndicatorOrPeriodIs404NamingIt() {
        given().auth().oauth2(Tokens.ades())
                .when().get("/indicators/CHN99/values")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("CHN99"));

        given().auth().oauth2(Tokens.ades())
                .when().get("/indicators/CHN4/values?period=1999-00")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors.field", hasItem("period"))
                .body("detail", containsString("2020-21"));
    }

    @Test
    void aPeriodThatIsNoPeriodAtAllIs400NamingIt() {
        for (String url : new String[] { "/indicators/CHN4/values?period=abc",
                "/councils/S12000049/indicators?period=abc", "/indicators/CHN4/values?period=2020-35" }) {
            given().auth().oauth2(Tokens.ades())
                    .when().get(url)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("period"))
                    .body("detail", containsString("2020-21"));
        }
    }

    @Test
    void aCouncilSeesItsIndicatorsBesideItsFamilyAndScotland() {
        JsonPath body = given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW))
                .when().get("/councils/S12000049/indicators")
                .then().statusCode(200)
                .body("gssCode", equalTo("S12000049"), "name", equalTo("Glasgow City"))
                .extract().jsonPath();

        String chn4 = "indicators.find { it.code == 'CHN4' }";
        assertThat(body.getString(chn4 + ".period")).isEqualTo("2020-21");
        assertThat(body.getDouble(chn4 + ".value")).isEqualTo(60.0);
        assertThat(body.getDouble(chn4 + ".familyAverage")).isEqualTo(64.0);
        assertThat(body.getDouble(chn4 + ".scotland")).isEqualTo(67.0);
        assertThat(body.getInt(chn4 + ".family")).isEqualTo(4);
        assertThat(body.getInt(chn4 + ".familySize")).isEqualTo(8);
        assertThat(body.getInt(chn4 + ".rank")).isEqualTo(7);

        String chn1 = "indicators.find { it.code == 'CHN1' }";
        assertThat(body.getInt(chn1 + ".rank")).as("lower cost ranks higher").isEqualTo(4);
        assertThat(body.getDouble(chn1 + ".familyAverage")).isCloseTo(6559.3715, org.assertj.core.data.Offset.offset(0.001));

        assertThat(body.getString("indicators.find { it.code == 'CHN10' }.period")).isEqualTo("2019-20");
        assertThat(body.getMap("indicators.find { it.code == 'PriPupils' }")).containsEntry("rank", null);
        assertThat(body.getMap("indicators.find { it.code == 'CHN9' }")).containsEntry("period", null)
                .containsEntry("value", null);
    }

    @Test
    void aCouncilWithoutAValueHasNoRankAndTheFamilyAverageUsesThoseWithValues() {
        JsonPath body = given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12000013/indicators?period=2020-21")
                .then().statusCode(200)
                .extract().jsonPath();

        Map<String, Object> chn6 = body.getMap("indicators.find { it.code == 'CHN6' }");
        assertThat(chn6).containsEntry("value", null).containsEntry("rank", null)
                .containsEntry("familySize", 8).containsEntry("familyWithValues", 7);
        assertThat(body.getDouble("indicators.find { it.code == 'CHN6' }.familyAverage")).isEqualTo(50.1429);
    }

    @Test
    void aChosenPeriodShowsOnlyTheIndicatorsMeasuredThenAndAnOlderCodeWorks() {
        List<String> codes = given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12000046/indicators?period=2018-19")
                .then().statusCode(200)
                .body("gssCode", equalTo("S12000049"))
                .extract().jsonPath().getList("indicators.code", String.class);

        assertThat(codes).contains("CHN13a", "CHN19a").doesNotContain("CHN1", "CHN9");

        given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12000049/indicators?period=1999-00")
                .then().statusCode(404).body("errors.field", hasItem("period"));
        given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12999999/indicators")
                .then().statusCode(404);
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() {
        String period = randomPeriod();
        String csv = LONG_HEADER
                + "S12000036,Edinburgh City,CHN22," + period + ",4.5\n"
                + "S12000049,Glasgow City,CHN22," + period + ",6.25\n"
                + "S92000003,Scotland,CHN22," + period + ",5\n";

        given().auth().oauth2(Tokens.ades()).contentType("text/csv").body(csv)
                .when().post("/indicators/import?dryRun=true")
                .then().statusCode(200)
                .body("dryRun", equalTo(true), "inserted", equalTo(3), "updated", equalTo(0),
                        "unchanged", equalTo(0), "problems", hasSize(0));

        given().auth().oauth2(Tokens.ades())
                .when().get("/indicators/CHN22/values?period=" + period)
                .then().statusCode(404);
    }

    @Test
    void anImportInsertsThenUpdatesOnlyWhatChangedAndIsAudited() {
        String period = randomPeriod();
        String first = LONG_HEADER
                + "S12000036,Edinburgh City,CHN22," + period + ",4.5\n"
                + "S12000049,Glasgow City,CHN22," + period + ",6.25\n"
                + "S92000003,Scotland,CHN22," + period + ",5\n";
        given().auth().oauth2(Tokens.ades()).contentType("text/csv").body(first)
                .when().post("/indicators/import?dryRun=false")
                .then().statusCode(200)
                .body("dryRun", equalTo(false), "inserted", equalTo(3), "layout", equalTo("LONG"));

        JsonPath values = given().auth().oauth2(Tokens.viewer(Tokens.FIFE))
                .when().get("/indicators/CHN22/values?period=" + period)
                .then().statusCode(200).body("values", hasSize(2)).extract().jsonPath();
        assertThat(values.getDouble("values.find { it.gssCode == 'S12000049' }.value")).isEqualTo(6.25);

        String second = LONG_HEADER
                + "S12000036,Edinburgh City,CHN22," + period + ",4.50\n"
                + "S12000049,Glasgow City,CHN22," + period + ",7\n"
                + "S92000003,Scotland,CHN22," + period + ",5\n";
        given().auth().oauth2(Tokens.ades()).contentType("text/csv").body(second)
                .when().post("/indicators/import")
                .then().statusCode(200)
                .body("inserted", equalTo(0), "updated", equalTo(1), "unchanged", equalTo(2));

        JsonPath glasgow = given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12000049/indicators?period=" + period)
                .then().statusCode(200).extract().jsonPath();
        assertThat(glasgow.getList("indicators.code", String.class)).containsExactly("CHN22");
        assertThat(glasgow.getDouble("indicators[0].value")).isEqualTo(7.0);
        assertThat(glasgow.getDouble("indicators[0].scotland")).isEqualTo(5.0);
        assertThat(glasgow.getInt("indicators[0].rank")).as("lower re-registration is better").isEqualTo(1);

        JsonPath audit = given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12000049/audit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(audit.getString("[0].action")).isEqualTo("indicators.imported");
        assertThat(audit.getString("[0].by")).isEqualTo("ades");
        assertThat(audit.getDouble("[0].before['CHN22 " + period + "']")).isEqualTo(6.25);
        assertThat(audit.getDouble("[0].after['CHN22 " + period + "']")).isEqualTo(7.0);
    }

    @Test
    void theLgbfPublicationLayoutMatchesCouncilsByTheirAliases() {
        String period = randomPeriod();
        String csv = LGBF_HEADER
                + "\"Edinburgh, City of\",CHN23," + period + ",12.5\n"
                + "Comhairle nan Eilean Siar,CHN23," + period + ",NA\n"
                + "Perth & Kinross,CHN23," + period + ",10\n"
                + "Scotland,CHN23," + period + ",11\n";

        given().auth().oauth2(Tokens.ades()).contentType("text/csv").body(csv)
                .when().post("/indicators/import?dryRun=false")
                .then().statusCode(200)
                .body("layout", equalTo("LGBF"), "inserted", equalTo(3), "skipped", equalTo(1));

        given().auth().oauth2(Tokens.ades())
                .when().get("/indicators/CHN23/values?period=" + period)
                .then().statusCode(200)
                .body("values.gssCode", equalTo(List.of("S12000036", "S12000048")));
    }

    @Test
    void aFileWithAnyProblemWritesNothingAndListsEveryProblemWithItsLine() {
        String period = randomPeriod();
        String csv = LONG_HEADER
                + "S12000036,,CHN17," + period + ",80\n"
                + "S12999999,,CHN17," + period + ",80\n"
                + "S12000049,,CHN17," + period + ",eighty\n"
                + "S12000036,,CHN17," + period + ",81\n"
                + "S12000049,,NOPE," + period + ",1\n";

        given().auth().oauth2(Tokens.ades()).contentType("text/csv").body(csv)
                .when().post("/indicators/import?dryRun=false")
                .then().statusCode(422).contentType("application/problem+json")
                .body("problems.line", equalTo(List.of(3, 4, 5, 6)))
                .body("problems[0].message", containsString("S12999999"))
                .body("problems[1].message", containsString("eighty"))
                .body("problems[2].message", containsString("line 2"))
                .body("problems[3].message", containsString("NOPE"));

        given().auth().oauth2(Tokens.ades())
                .when().get("/indicators/CHN17/values?period=" + period)
                .then().statusCode(404);
    }

    @Test
    void unknownColumnsAreRefusedOnLineOne() {
        given().auth().oauth2(Tokens.ades()).contentType("text/csv")
                .body("gss_code,indicator,period,value,comment\nS12000036,CHN17,2020-21,1,hi\n")
                .when().post("/indicators/import?dryRun=true")
                .then().statusCode(422)
                .body("problems.line", equalTo(List.of(1)))
                .body("problems[0].message", containsString("comment"));
    }

    @Test
    void onlyAdesImports() {
        String csv = LONG_HEADER + "S12000047,,CHN17,2020-21,1\n";
        given().auth().oauth2(Tokens.editor(Tokens.FIFE)).contentType("text/csv").body(csv)
                .when().post("/indicators/import?dryRun=false")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.viewer(Tokens.FIFE)).contentType("text/csv").body(csv)
                .when().post("/indicators/import?dryRun=false")
                .then().statusCode(403);
        given().contentType("text/csv").body(csv)
                .when().post("/indicators/import?dryRun=false")
                .then().statusCode(401);

        given().auth().oauth2(Tokens.ades())
                .when().get("/indicators/CHN17/values?period=2020-21")
                .then().statusCode(404);
    }

    @Test
    void badImportRequestsAreClearErrors() {
        given().auth().oauth2(Tokens.ades()).contentType("text/csv").body(LONG_HEADER)
                .when().post("/indicators/import?dryRun=maybe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("dryRun"));

        given().auth().oauth2(Tokens.ades()).contentType("application/json").body("{}")
                .when().post("/indicators/import")
                .then().statusCode(415).contentType("application/problem+json");

        given().auth().oauth2(Tokens.ades()).contentType("text/csv").body("")
                .when().post("/indicators/import")
                .then().statusCode(422).body("problems[0].line", equalTo(1));

        given().auth().oauth2(Tokens.ades()).contentType("text/csv")
                .body(LONG_HEADER + "S12000047,,CHN17,2020-21,1\n".repeat(50_000))
                .when().post("/indicators/import")
                .then().statusCode(413);
    }

    /** A period of our own far in the future, so tests sharing the database do not meet. */
    private static String randomPeriod() {
        int start = ThreadLocalRandom.current().nextInt(2100, 2900);
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
