package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
}
