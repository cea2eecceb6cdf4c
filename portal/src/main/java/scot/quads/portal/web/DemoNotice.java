package scot.quads.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether every page says that what it shows is invented ({@code inject:demoNotice.shown}). The local stack's demo
 * data puts our own writing under real councils' names (answers, statements, evidence, published findings reports):
 * no reader may take it for what those councils wrote. On for {@code ./quads up}; off by default, so a deployment
 * with real councils' work never carries it.
 */
@ApplicationScoped
@Named("demoNotice")
public class DemoNotice {

    private final boolean shown;

    public DemoNotice(@ConfigProperty(name = "quads.portal.demo-notice", defaultValue = "false") boolean shown) {
        this.shown = shown;
    }

    public boolean isShown() {
        return shown;
    }
}
