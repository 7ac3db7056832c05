package de.lotse.indicator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The downloadable templates of the long format: a CSV and an Excel workbook with the header, one example row marked
 * as such (it starts with {@code #}, so the importer skips it even if it is left in) and, in the workbook, a second
 * sheet that explains the columns, the status symbols and the period formats. The example is a real figure: the
 * population of the Landkreis Peine on 31.12.2024, 137 045 (GENESIS 12411-01-01-4; sum of its Gemeinden in GV100AD
 * 30.11.2025).
 */
final class LongFormatTemplates {

    static final List<String> HEADER = List.of("territory", "indicator", "period", "value", "status");
    static final List<String> EXAMPLE = List.of("#03157", "bevoelkerung", "2024-12-31", "137045", "");

    private LongFormatTemplates() {}

    static byte[] csv() {
        String text = String.join(";", HEADER) + "\r\n"
                + "# Beispielzeile (Zeilen, die mit # beginnen, werden nicht importiert): Bevölkerung des Landkreises"
                + " Peine am 31.12.2024\r\n"
                + String.join(";", EXAMPLE) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Lotse", "1.0");
            Worksheet data = workbook.newWorksheet("Daten");
            for (int c = 0; c < HEADER.size(); c++) {
                data.value(0, c, HEADER.get(c));
                data.style(0, c).bold().set();
                data.width(c, c == 1 ? 24 : 16);
                // text cells, so that keys keep their leading zero
                data.range(1, c, 1000, c).style().format("@").set();
            }
            for (int c = 0; c < EXAMPLE.size(); c++) {
                if (!EXAMPLE.get(c).isEmpty()) {
                    data.value(1, c, EXAMPLE.get(c));
                    data.style(1, c).italic().format("@").set();
                }
            }
            data.value(1, HEADER.size(), "← Beispielzeile: beginnt mit #, wird nicht importiert");
            data.style(1, HEADER.size()).italic().set();
            data.width(HEADER.size(), 50);
            data.freezePane(0, 1);

            Worksheet help = workbook.newWorksheet("Erläuterung");
            help.width(0, 16);
            help.width(1, 100);
            String[][] rows = {
                {"Spalte", "Bedeutung"},
                {
                    "territory",
                    "Gebietsschlüssel: AGS (Land 03, Kreis 03157, Gemeinde 03157006) oder ARS (12 Stellen). Als Text"
                            + " eingeben, damit die führende Null bleibt."
                },
                {"indicator", "Schlüssel des Indikators im Lotse-Katalog, z. B. bevoelkerung (siehe Seite Indikatoren)."
                },
                {
                    "period",
                    "Zeitraum: Stichtag 2024-12-31 oder 31.12.2024, Jahr 2024, Schuljahr 2024/25, Quartal 2024-Q3,"
                            + " Monat 2024-07."
                },
                {
                    "value",
                    "Zahl mit Dezimalpunkt oder Dezimalkomma (12.5 oder 12,5), ohne Tausendertrennzeichen; oder ein"
                            + " Zeichen der amtlichen Statistik statt der Zahl."
                },
                {"status", "optional: Zeichen der amtlichen Statistik zum Wert (siehe unten)."},
                {"", ""},
                {"Zeichen", "Bedeutung (status oder statt des Werts)"},
                {"-", "nichts vorhanden (genau null)"},
                {".", "Zahlenwert unbekannt oder geheim zu halten"},
                {"x", "Tabellenfach gesperrt, weil Aussage nicht sinnvoll"},
                {"/", "keine Angabe, da Zahlenwert nicht sicher genug"},
                {"...", "Angabe fällt später an"},
                {"", ""},
                {"Hinweise", "Nur das erste Tabellenblatt wird gelesen; die Kopfzeile muss in Zeile 1 stehen."},
                {"", "Zeilen, deren erste Zelle mit # beginnt, werden übersprungen (z. B. die Beispielzeile)."},
                {"", "Fehler werden mit der Zeilennummer des Tabellenblatts gemeldet."},
            };
            for (int r = 0; r < rows.length; r++) {
                help.value(r, 0, rows[r][0]);
                help.value(r, 1, rows[r][1]);
                if (r == 0 || rows[r][0].equals("Zeichen")) {
                    help.style(r, 0).bold().set();
                    help.style(r, 1).bold().set();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
