package de.lotse.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL server in the background as soon as the configuration is known, so that it boots
 * while Spring builds the application context; {@link DatabaseConfiguration} then waits for it (one server per data
 * directory). Does nothing for an external server or a test run. A failure here is reported again, with its cause, when
 * the data source is created.
 */
public final class EmbeddedServerPrestart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("lotse.db.url", "");
        boolean fresh = environment.getProperty("lotse.db.fresh-database", Boolean.class, false);
        if (!url.isBlank() || fresh) {
            return;
        }
        Path directory =
                Path.of(environment.getProperty("lotse.db.data-dir", "data")).resolve("postgres");
        Thread.ofPlatform().name("lotse-postgres-prestart").daemon().start(() -> {
            try {
                EmbeddedServer.start(directory, true);
            } catch (RuntimeException e) {
                // reported when the data source is created
            }
        });
    }
}
