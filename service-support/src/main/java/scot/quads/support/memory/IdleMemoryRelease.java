package scot.quads.support.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.OperatingSystemMXBean;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives memory back once a service has gone quiet. The services run the serial collector on a small heap
 * (./quads, the image): under load the heap grows towards its cap, and it shrinks again only after a full
 * collection, which never comes while nothing allocates. So a service that served a deadline rush would hold
 * that memory through every quiet week after it. Here, once no request (other than /q/ probes and metrics) has
 * come for {@code quads.memory.release-when-idle-for} and the process is not busy otherwise (its CPU since the
 * last check under {@code quads.memory.busy-cpu}, so that a consumer working through a backlog is left alone),
 * one full collection runs with the heap's free-ratio bounds lowered for it (manageable flags:
 * {@code MaxHeapFreeRatio} 10 %), so that the collector shrinks the heap to just above what is live and hands
 * the rest back; then the bounds are put back, so that under the next load the heap grows as before
 * ({@code TrimNativeHeapInterval} returns malloc's free memory). A heap does not shrink below its initial size
 * ({@code -Xms}). Once per quiet spell: the next request arms it again. The price is one full collection's pause
 * (about 100 ms on these heaps) at a moment when no request is waiting.
 */
@ApplicationScoped
public class IdleMemoryRelease {

    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";

    private final Quiet quiet;

    public IdleMemoryRelease(@ConfigProperty(name = "quads.memory.release-when-idle-for") Duration idleFor,
            @ConfigProperty(name = "quads.memory.busy-cpu") double busyCpu) {
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        this.quiet = new Quiet(idleFor, System::nanoTime, () -> os.getProcessCpuLoad() >= busyCpu,
                IdleMemoryRelease::collect);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (!context.request().path().startsWith("/q/")) {
                quiet.activity();
            }
            context.next();
        });
    }

    @Scheduled(every = "${quads.memory.release-check}", delayed = "${quads.memory.release-check}",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        quiet.check();
    }

    private static void collect() {
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption(MIN_FREE).getValue();
        String max = vm.getVMOption(MAX_FREE).getValue();
        // Lowering: the minimum first, so that it never exceeds the maximum; putting back: the maximum first.
        boolean lowered = setFreeRatios(vm, "0", "10");
        try {
            System.gc();
        } finally {
            if (lowered) {
                setFreeRatios(vm, min, max);
            }
        }
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Log.debugf("Idle: heap released from %d MB committed (%d MB used) to %d MB committed (%d MB used)",
                before.getCommitted() >> 20, before.getUsed() >> 20, after.getCommitted() >> 20,
                after.getUsed() >> 20);
    }

    /** Whether both were set (a JVM whose ratios are not manageable keeps its own: the collection still runs). */
    private static boolean setFreeRatios(HotSpotDiagnosticMXBean vm, String min, String max) {
        try {
            if (Integer.parseInt(min) <= Integer.parseInt(vm.getVMOption(MAX_FREE).getValue())) {
                vm.setVMOption(MIN_FREE, min);
                vm.setVMOption(MAX_FREE, max);
            } else {
                vm.setVMOption(MAX_FREE, max);
                vm.setVMOption(MIN_FREE, min);
            }
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException notManageable) {
            Log.debugf("Idle: the heap's free ratios cannot be changed here (%s)", notManageable.getMessage());
            return false;
        }
    }

    /** The rule, apart from the clock and the collector: one release per quiet spell of at least {@code idleFor}. */
    static final class Quiet {

        private final long idleNanos;
        private final LongSupplier nanoTime;
        private final BooleanSupplier busy;
        private final Runnable release;
        private final AtomicLong lastActivity;
        private final AtomicBoolean released = new AtomicBoolean();

        Quiet(Duration idleFor, LongSupplier nanoTime, BooleanSupplier busy, Runnable release) {
            this.idleNanos = idleFor.toNanos();
            this.nanoTime = nanoTime;
            this.busy = busy;
            this.release = release;
            this.lastActivity = new AtomicLong(nanoTime.getAsLong());
        }

        /** A request came: the service is busy, and the next quiet spell may release again. */
        void activity() {
            lastActivity.set(nanoTime.getAsLong());
            if (released.get()) {
                released.set(false);
            }
        }

        /**
         * Releases if no request has come for long enough, the process is not busy otherwise, and it has not
         * released since the last request.
         */
        boolean check() {
            // Asked at every check, so that the CPU it reads is that of the time since the last one.
            boolean working = busy.getAsBoolean();
            if (idleNanos <= 0 || released.get() || nanoTime.getAsLong() - lastActivity.get() < idleNanos
                    || working || !released.compareAndSet(false, true)) {
                return false;
            }
            release.run();
            return true;
        }
    }

    /** {@code quads.memory.release-when-idle-for=0s} switches it off. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final Duration idleFor;

        public Disabled(@ConfigProperty(name = "quads.memory.release-when-idle-for") Duration idleFor) {
            this.idleFor = idleFor;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return idleFor.isZero() || idleFor.isNegative();
        }
    }
}
