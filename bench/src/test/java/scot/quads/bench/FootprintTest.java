package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FootprintTest {

    @Test
    void aRecordedStartTakesTheServicesOwnOptionsWithoutTheArchiveTheLauncherAdds() {
        String process = "-XX:TieredStopAtLevel=1 -Xms32m -Xmx192m -XX:+UseSerialGC "
                + "-XX:SharedArchiveFile=/w/.quads/cds/rubric-service.jsa";

        assertThat(Footprint.launcherOptions(process)).isEqualTo("-XX:TieredStopAtLevel=1 -Xms32m -Xmx192m "
                + "-XX:+UseSerialGC");
        assertThat(Footprint.launcherOptions("-Xmx192m -XX:ArchiveClassesAtExit=/a.jsa "
                + "-XX:StartFlightRecording=name=start,filename=/s.jfr")).isEqualTo("-Xmx192m");
        assertThat(Footprint.launcherOptions("unknown")).isNull();
    }

    @Test
    void theFootprintIsCheckedAgainstIssue22sTargetsServiceByService() {
        ObjectNode footprint = Api.JSON.createObjectNode();
        var components = footprint.putArray("components");
        components.addObject().put("name", "postgres").put("pid", 10).put("rssIdleMb", 321.1);
        components.addObject().put("name", "rubric-service").put("pid", 11).put("rssIdleMb", 176.2)
                .put("processStartToReadySeconds", 1.63);
        components.addObject().put("name", "quad-service").put("pid", 12).put("rssIdleMb", 231.0)
                .put("processStartToReadySeconds", 5.5);
        components.addObject().put("name", "notification-service").put("running", false);
        ObjectNode cold = footprint.putObject("coldStart").put("quadsUpExit", 0).put("quadsUpSeconds", 16.7);
        cold.putArray("alone").addObject().put("name", "quad-service").put("processStartToReadySeconds", 2.46);

        List<Scenario.Target> targets = Footprint.targets(footprint);

        assertThat(targets).extracting(Scenario.Target::target).contains("≤ 225 MB", "≤ 2.5 s", "≤ 60 s");

        assertThat(targets).extracting(Scenario.Target::what, Scenario.Target::actual, Scenario.Target::met)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rubric-service RSS idle", 176.2, true),
                        org.assertj.core.groups.Tuple.tuple(
                                "rubric-service ready from process start, its running process (log)", 1.63, true),
                        org.assertj.core.groups.Tuple.tuple("quad-service RSS idle", 231.0, false),
                        org.assertj.core.groups.Tuple.tuple(
                                "quad-service ready from process start, started on its own", 2.46, true),
                        org.assertj.core.groups.Tuple.tuple("whole stack cold start (./quads up from stopped)", 16.7,
                                true));
    }

    @Test
    void aColdStartWhoseQuadsUpFailedHasNoFigureAndIsNotMet() {
        ObjectNode footprint = Api.JSON.createObjectNode();
        footprint.putArray("components");
        footprint.putObject("coldStart").put("quadsUpExit", 1).put("quadsUpSeconds", 12.0);

        assertThat(Footprint.targets(footprint)).singleElement()
                .satisfies(t -> assertThat(t.actual()).isNull())
                .satisfies(t -> assertThat(t.met()).isFalse());
    }
}
