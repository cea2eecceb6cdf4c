package scot.quads.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the portal is, so that mails link into it. */
@ConfigMapping(prefix = "quads.portal")
public interface PortalConfig {

    @WithDefault("http://localhost:8080")
    String url();
}
