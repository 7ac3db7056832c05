package de.lotse.shared.web;

import java.util.List;

/**
 * A data source whose content Lotse ships or shows, with the attribution its licence demands. Modules declare their
 * sources as beans; the "Daten &amp; Quellen" page lists them all.
 *
 * @param key stable identifier
 * @param title dataset title (German, as the publisher names it)
 * @param publisher who publishes the data
 * @param referenceDate reference date or period of the data, as the publisher states it
 * @param licence licence name, e.g. "Datenlizenz Deutschland – Namensnennung – Version 2.0"
 * @param licenceUrl link to the licence text, or {@code null} when the source states no licence (shown as plain text)
 * @param attribution the attribution text the licence requires
 * @param changes how Lotse changed the data ("Daten verändert: …"), or empty
 * @param files files in the product that hold this data
 * @param order sort position on the sources page
 */
public record DataSourceAttribution(
        String key,
        String title,
        String publisher,
        String referenceDate,
        String licence,
        String licenceUrl,
        String attribution,
        String changes,
        List<String> files,
        int order) {}
