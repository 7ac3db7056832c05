package de.lotse.planning;

import de.lotse.shared.web.DataSourceAttribution;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sources of the bundled planning content, shown on the "Daten &amp; Quellen" page. */
@Configuration(proxyBeanMethods = false)
class BundledPlanningSources {

    private static final String BASE = "bundled/planning/";

    @Bean
    DataSourceAttribution planningDocumentsSource() {
        return new DataSourceAttribution(
                "planung-dokumente-peine-luechow-dannenberg",
                "Strategiedokumente der Landkreise Peine und Lüchow-Dannenberg (Sozialpolitische Leitlinien Peine,"
                        + " Vorlage 2014/026 Weiterentwicklung der Beratungslandschaft, Leitbild Integration 2006"
                        + " – Vorlage 2006/037, Bericht zum Integrationskonzept, Vorlage 2018/053 Integrierte"
                        + " Sozialplanung Lüchow-Dannenberg)",
                "Landkreis Peine; Landkreis Lüchow-Dannenberg; Zeitungsbericht über den Koordinierungsstab Migration"
                        + " und Teilhabe (Peine)",
                "Dokumente von 2006 bis 2018; der Bericht zum Integrationskonzept nennt kein Jahr",
                "Amtliche Beschlussvorlagen und Veröffentlichungen der Kreisverwaltungen; eine Lizenz nennen die"
                        + " Dokumente nicht. Lotse übernimmt keinen Wortlaut, nur eigene Zusammenfassungen mit"
                        + " Quellenangabe.",
                null,
                "Zusammengefasst nach Dokumenten des Landkreises Peine und des Landkreises Lüchow-Dannenberg;"
                        + " maßgeblich ist allein der Originaltext.",
                "Daten verändert: Inhalte in eigenen Worten zusammengefasst und gegliedert (Handlungsfelder, Ziele,"
                        + " Maßnahmen, Termine); im Dokument nicht genannte Angaben (Daten, Beträge, Zuständigkeiten)"
                        + " bleiben leer.",
                List.of(
                        BASE + "content.json",
                        BASE + "organisations.json",
                        BASE + "cross-cutting-aspects.json",
                        BASE + "strategy-sozialpolitische-leitlinien-peine.json",
                        BASE + "strategy-beratungslandschaft-peine-2014.json",
                        BASE + "strategy-leitbild-integration-peine-2006.json",
                        BASE + "strategy-integrationskonzept-peine.json",
                        BASE + "strategy-integrierte-sozialplanung-luechow-dannenberg.json"),
                60);
    }
}
