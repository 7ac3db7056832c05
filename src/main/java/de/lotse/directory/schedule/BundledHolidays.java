package de.lotse.directory.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports the holiday data shipped with Lotse ({@code directory/holidays/*.csv}, sources in the README there) once,
 * on the first start, through the same {@link HolidayImport} as an upload. A second start finds the marker in
 * {@code bundled_dataset} and loads nothing, so later uploads by planners are never overwritten.
 */
@Component
class BundledHolidays implements SmartInitializingSingleton {

    static final String DATASET = "directory-holidays-ni-2025-2027";
    static final List<String> FILES = List.of("ni-feiertage.csv", "ni-schulferien.csv");
    private static final Logger log = LoggerFactory.getLogger(BundledHolidays.class);

    private final HolidayImport importer;
    private final JdbcClient jdbc;
    private final ScheduleProperties properties;

    BundledHolidays(HolidayImport importer, JdbcClient jdbc, ScheduleProperties properties) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.loadBundledHolidays()) {
            return;
        }
        boolean loaded = jdbc.sql("SELECT count(*) FROM bundled_dataset WHERE name = ?")
                        .param(DATASET)
                        .query(Long.class)
                        .single()
                > 0;
        if (!loaded) {
            load();
        }
    }

    void load() {
        for (String file : FILES) {
            HolidayImportReport report = importer.importFile(file, read(file), null, null, null, false);
            if (report.hasErrors()) {
                throw new IllegalStateException("bundled holiday file " + file + " is invalid: " + report.errors());
            }
            log.info(
                    "Bundled holidays {} loaded: {} entries",
                    file,
                    report.rows().size());
        }
        jdbc.sql("INSERT INTO bundled_dataset (name) VALUES (?)").param(DATASET).update();
    }

    static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("directory/holidays/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
