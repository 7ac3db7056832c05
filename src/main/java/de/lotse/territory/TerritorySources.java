package de.lotse.territory;

import de.lotse.shared.web.DataSourceAttribution;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sources of the bundled territories, shown on the "Daten &amp; Quellen" page. */
@Configuration(proxyBeanMethods = false)
class TerritorySources {

    private static final String DL_DE_BY = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)";
    private static final String DL_DE_BY_URL = "https://www.govdata.de/dl-de/by-2-0";

    @Bean
    DataSourceAttribution gv100adSource() {
        return new DataSourceAttribution(
                "gv100ad",
                "Gemeindeverzeichnis GV100AD – alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen",
                "Statistisches Bundesamt (Destatis), im Auftrag der Herausgebergemeinschaft Statistische Ämter des"
                        + " Bundes und der Länder",
                "Gebietsstand 30.11.2025; Bevölkerung 31.12.2024 (Grundlage Zensus 2022); Fläche 31.12.2024",
                "Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet",
                "https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html",
                "© Statistisches Bundesamt (Destatis), 2025",
                "Unverändert übernommen; Einwohnerzahlen und Flächen der Gemeindeverbände, Kreise und Länder sind in"
                        + " Lotse als Summe der Gemeinden berechnet.",
                List.of("bundled/territory/GV100AD_30112025.txt"),
                10);
    }

    @Bean
    DataSourceAttribution populationHistorySource() {
        return new DataSourceAttribution(
                "bevoelkerung-peine-luechow-dannenberg",
                "Bevölkerung der Gemeinden der Landkreise Peine und Lüchow-Dannenberg 2021–2024 und Zensus 2022",
                "Statistisches Bundesamt (Destatis): GV100AD 31.12.2022, GV-ISys 31.12.2023; Statistische Ämter des"
                        + " Bundes und der Länder: Zensus 2022 (Tabelle 1000A-0000)",
                "31.12.2021, 31.12.2022, 31.12.2023 (Grundlage Zensus 2011); 15.05.2022 (Zensus 2022)",
                DL_DE_BY,
                DL_DE_BY_URL,
                "© Statistisches Bundesamt (Destatis), 2025; Zensus 2022: © Statistische Ämter des Bundes und der"
                        + " Länder, 2024",
                "Daten verändert: Auszug der 36 Gemeinden beider Landkreise in einer Tabelle zusammengeführt; Summen"
                        + " für Gemeindeverbände und Kreise in Lotse berechnet.",
                List.of("bundled/territory/peine_luechow-dannenberg_gemeinden_DERIVED.csv"),
                20);
    }

    @Bean
    DataSourceAttribution vg250Source() {
        return new DataSourceAttribution(
                "vg250",
                "Verwaltungsgebiete 1:250 000 (VG250, VG250-EW) – Grenzen der Länder, Kreise, Gemeindeverbände und"
                        + " Gemeinden",
                "Bundesamt für Kartographie und Geodäsie (BKG)",
                "31.12.2023",
                DL_DE_BY,
                DL_DE_BY_URL,
                "© GeoBasis-DE / BKG 2023 (Daten verändert)",
                "Daten verändert: Länder und Kreise generalisiert (Toleranz 200 m, OpenDataLab); Gemeinden auf 4"
                        + " Nachkommastellen gerundet; Gemeindeverbände aus den Gemeinden zusammengesetzt; für die"
                        + " Kartenanzeige in Lotse zusätzlich vereinfacht.",
                List.of(
                        "bundled/territory/vg250_2023-12-31_bundeslaender_sim200_opendatalab.geojson",
                        "bundled/territory/vg250_2023-12-31_landkreise_sim200_opendatalab.geojson",
                        "bundled/territory/peine_luechow-dannenberg_gemeindeverbaende_DERIVED_dissolved.geojson",
                        "bundled/territory/peine_luechow-dannenberg_gemeinden_vg250ew.geojson"),
                30);
    }
}
