package scot.quads.testing;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link OpenApiContract} before each test of a {@link QuadsTestStack} class. A {@code @QuarkusTest} may
 * run its methods in another class loader than the one JUnit loaded this extension with, each with its own REST
 * Assured, so the filter is installed in every loader the test can be using.
 */
public class OpenApiContractExtension implements BeforeEachCallback {

    /** Set to {@code off} (a module's surefire configuration) where the module's tests do not yet pass it. */
    static final String SWITCH = "quads.openapi.contract";

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if ("off".equals(System.getProperty(SWITCH))) {
            return;
        }
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        loaders.add(OpenApiContract.class.getClassLoader());
        context.getTestInstance().ifPresent(instance -> loaders.add(instance.getClass().getClassLoader()));
        if (Thread.currentThread().getContextClassLoader() != null) {
            loaders.add(Thread.currentThread().getContextClassLoader());
        }
        for (ClassLoader loader : loaders) {
            try {
                Class.forName(OpenApiContract.class.getName(), true, loader).getMethod("install").invoke(null);
            } catch (ClassNotFoundException | LinkageError notThere) {
                // This loader cannot see REST Assured or this module: no test runs requests through it.
            }
        }
    }
}
