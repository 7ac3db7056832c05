package de.lotse.indicator;

import de.lotse.shared.web.DataSourceAttribution;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sources of the bundled indicator values, shown on the "Daten &amp; Quellen" page. */
@Configuration(proxyBeanMethods = false)
class IndicatorSources {

    private static final String DL_DE_BY = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)";
    private static final String DL_DE_BY_URL = "https://www.govdata.de/dl-de/by-2-0";
    private static final String BASE = "bundled/indicator/";

    @Bean
    DataSourceAttribution regionaldatenbankSource() {
        return new DataSourceAttribution(
                "regionaldatenbank-2017",
                "Regionaldatenbank Deutschland – Tabellen zu Bevölkerung, Geburten, Mindestsicherung, SGB II,"
                        + " Grundsicherung, Wohngeld, Kindertagesbetreuung, Schulabschlüssen, Arbeitslosigkeit und"
                        + " Pflege (Starterkatalog der Indikatoren)",
                "Statistische Ämter des Bundes und der Länder (www.regionalstatistik.de); Arbeitsmarktzahlen:"
                        + " Bundesagentur für Arbeit",
                "Stichtage und Jahre 1995–2016 je Tabelle (siehe Indikatorkatalog), Gebietsstand der Tabellen 2017;"
                        + " abgerufen 2017/2018",
                DL_DE_BY,
                DL_DE_BY_URL,
                "© Statistische Ämter des Bundes und der Länder, Deutschland, 2017. Dieses Werk ist lizenziert unter"
                        + " der Datenlizenz Deutschland – Namensnennung – Version 2.0.",
                "Dateien unverändert übernommen (Bezug über datenguide/genesapi-data); für die Landkreise Peine und"
                        + " Lüchow-Dannenberg teils Auszüge der Tabellen (Daten verändert: nur Zeilen Deutschland,"
                        + " Niedersachsen, Statistische Regionen Braunschweig und Lüneburg und beide Landkreise). Anteile"
                        + " und Quoten mit der Angabe „berechnet aus …“ sind in Lotse aus diesen Zahlen berechnet.",
                List.of(
                        BASE + "12411-01-01-5_00_03157_03354.csv",
                        BASE + "12411-02-03-5_00_03157_03354.csv",
                        BASE + "12411-02-03-4_00.csv",
                        BASE + "12411-03-03-4_00.csv",
                        BASE + "12612-01-01-4_00.csv",
                        BASE + "22811-01-01-4_00.csv",
                        BASE + "22811-02-02-4_00_03157_03354.csv",
                        BASE + "22151-01-02-4_00.csv",
                        BASE + "22311-01-02-4_00.csv",
                        BASE + "22543-01-02-4_00.csv",
                        BASE + "21111-02-06-4.csv",
                        BASE + "13211-02-05-4_00_03157_03354.csv",
                        BASE + "22411-02-02-4_00.csv"),
                40);
    }

    @Bean
    DataSourceAttribution regionalatlasSource() {
        return new DataSourceAttribution(
                "regionalatlas-2017",
                "Regionalatlas Deutschland – Indikatoren Mindestsicherungsquote, Grundsicherungsquote im Alter,"
                        + " Betreuungsquoten, Arbeitslosenquoten, Pflegebedürftige je 1.000 Einwohner ab 65 Jahren",
                "Statistische Ämter des Bundes und der Länder (Regionalatlas Deutschland, über www.regionalstatistik.de)",
                "Jahre 2001–2016 je Tabelle (siehe Indikatorkatalog); abgerufen 2017/2018",
                DL_DE_BY,
                DL_DE_BY_URL,
                "© Statistische Ämter des Bundes und der Länder, Deutschland, 2017. Dieses Werk ist lizenziert unter"
                        + " der Datenlizenz Deutschland – Namensnennung – Version 2.0.",
                "Unverändert übernommen.",
                List.of(
                        BASE + "AI-S-03_00.csv",
                        BASE + "AI-S-05_00.csv",
                        BASE + "AI003-3_00.csv",
                        BASE + "AI008-1_00.csv",
                        BASE + "AI008-2_00.csv",
                        BASE + "AI014-2_00.csv"),
                41);
    }

    @Bean
    DataSourceAttribution population2024Source() {
        return new DataSourceAttribution(
                "bevoelkerung-kreise-2024",
                "Bevölkerung nach Geschlecht, Kreise und kreisfreie Städte (Tabelle 12411-01-01-4, Flat-File-CSV)",
                "Statistische Ämter des Bundes und der Länder (Regionaldatenbank Deutschland, GENESIS-Schnittstelle)",
                "31.12.2024 (Fortschreibung auf Grundlage des Zensus 2022)",
                DL_DE_BY,
                DL_DE_BY_URL,
                "© Statistische Ämter des Bundes und der Länder, Deutschland, 2025. Datenlizenz Deutschland –"
                        + " Namensnennung – Version 2.0.",
                "Unverändert übernommen (Abruf über die GENESIS-Schnittstelle, aufgezeichnet im Projekt"
                        + " CorrelAid/pystatis).",
                List.of(BASE + "12411-01-01-4_1773175772751_de_flat.csv"),
                42);
    }
}
