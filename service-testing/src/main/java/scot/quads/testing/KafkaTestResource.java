package scot.quads.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (KRaft, one combined node) inside the test JVM, started once and shared by every test
 * application in it. Services talk to it exactly as they talk to a production broker.
 *
 * <p>Its log directories are under a directory of ours, which {@code close()} removes once the broker has stopped:
 * left to the test kit, the directory comes with a shutdown hook of Kafka's own that deletes it alongside the hook
 * stopping the broker, and a broker that finds its only log directory gone halts the JVM with status 1, which fails
 * the build after every test passed.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared for the JVM's lifetime.
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            try {
                Path logs = Files.createTempDirectory("quads-test-kafka-");
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setBaseDirectory(logs)
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("num.partitions", "3")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        kit.close();
                    } catch (Exception ignored) {
                        // The JVM is going away.
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the in-JVM Kafka broker", e);
            }
        }
        return cluster.bootstrapServers();
    }

}
