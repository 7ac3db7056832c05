package de.lotse.directory.schedule;

import de.lotse.shared.web.DataSourceAttribution;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sources of the bundled school and public holidays of Niedersachsen, shown on the "Daten &amp; Quellen" page. */
@Configuration(proxyBeanMethods = false)
class HolidaySources {

    private static final String BASE = "src/main/resources/directory/holidays/";

    @Bean
    DataSourceAttribution directorySchoolHolidaysSource() {
        return new DataSourceAttribution(
                "verzeichnis-schulferien-niedersachsen",
                "Schulferien in Niedersachsen, Schuljahre 2025/26 und 2026/27",
                "Niedersächsisches Kultusministerium (Ferienordnung 2024/25 bis 2029/30)",
                "Ferienordnung für die Schuljahre 2024/2025 bis 2029/2030; Daten gelesen am 21.11.2026",
                "Amtliche Festlegung; übernommen aus veröffentlichten Wiedergaben der Ferienordnung (Quellen je Zeile"
                        + " in der Datei und in der README daneben)",
                "https://www.mk.niedersachsen.de/service/ferientermine/schulferien-6491.html",
                "Ferientermine nach der Ferienordnung des Niedersächsischen Kultusministeriums.",
                "Nur erster und letzter Ferientag. Die Termine ab Februar 2027 stammen aus nur einer Wiedergabe und"
                        + " sind in der Quellspalte so gekennzeichnet; bitte mit der amtlichen Ferienordnung"
                        + " abgleichen. Neuere Termine lädt die Sozialplanung unter /verzeichnis/feiertage hoch.",
                List.of(BASE + "ni-schulferien.csv", BASE + "README.md"),
                62);
    }

    @Bean
    DataSourceAttribution directoryPublicHolidaysSource() {
        return new DataSourceAttribution(
                "verzeichnis-feiertage-niedersachsen",
                "Gesetzliche Feiertage in Niedersachsen 2025–2027",
                "Land Niedersachsen (Niedersächsisches Gesetz über die Feiertage, § 2 Abs. 1)",
                "NFeiertagsG i. d. F. vom 7.3.1995, zuletzt geändert am 22.6.2018",
                "Gesetzestext (amtliches Werk, § 5 UrhG)",
                null,
                "Feiertage nach § 2 Abs. 1 NFeiertagsG.",
                "Die Daten der beweglichen Feiertage sind aus dem Gesetz berechnet (Ostersonntag nach Gauß/Meeus) und"
                        + " als Datei gespeichert; Lotse importiert die Datei und rechnet zur Laufzeit nicht.",
                List.of(BASE + "ni-feiertage.csv", BASE + "README.md"),
                63);
    }
}
