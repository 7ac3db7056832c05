package de.lotse.directory.content;

import de.lotse.shared.web.DataSourceAttribution;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The source of the bundled counselling landscape, shown on the "Daten &amp; Quellen" page. */
@Configuration(proxyBeanMethods = false)
class BundledDirectorySources {

    @Bean
    DataSourceAttribution directoryContentSource() {
        return new DataSourceAttribution(
                "verzeichnis-beratungslandschaft-peine",
                "Beratungslandschaft des Landkreises Peine (Sozialpolitische Leitlinien; Vorlage 2014/026"
                        + " Weiterentwicklung der Beratungslandschaft)",
                "Landkreis Peine",
                "Vorlage 2014/026 von 2014; die Leitlinien nennen kein Datum (Maßnahmen bis Ende 2015)",
                "Amtliche Dokumente der Kreisverwaltung; eine Lizenz nennen sie nicht. Lotse übernimmt keinen"
                        + " Wortlaut, nur eigene Zusammenfassungen mit Quellenangabe.",
                null,
                "Zusammengefasst nach Dokumenten des Landkreises Peine; maßgeblich ist allein der Originaltext.",
                "Daten verändert: Angebote in eigenen Worten beschrieben und Beratungsthemen, Zielgruppen und"
                        + " Lebensphasen zugeordnet. Orte auf der Karte, Beispiel-Einrichtungen und Sprechzeiten"
                        + " nennen die Dokumente nicht; sie sind als Beispieldaten gekennzeichnet. Telefonnummern,"
                        + " Adressen und Ansprechpersonen sind nicht enthalten.",
                List.of(BundledDirectoryReader.BASE + BundledDirectoryReader.FILE),
                61);
    }
}
