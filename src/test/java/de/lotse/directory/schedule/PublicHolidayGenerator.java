package de.lotse.directory.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the data file of the public holidays of Niedersachsen ({@code directory/holidays/ni-feiertage.csv}) for a
 * range of years: the ten days of § 2 (1) NFeiertagsG (Neujahr, Karfreitag, Ostermontag, 1. Mai, Christi Himmelfahrt,
 * Pfingstmontag, 3. Oktober, Reformationstag 31.10. since 2018, 1. and 2. Weihnachtstag). The movable days follow
 * from Easter Sunday (anonymous Gregorian algorithm, as given by Meeus after Gauss). The application never runs this:
 * it imports the committed file like any upload. Run from the repository root to extend the years, e.g.
 *
 * <pre>java src/test/java/de/lotse/directory/schedule/PublicHolidayGenerator.java 2025 2027</pre>
 */
public final class PublicHolidayGenerator {

    static final String SOURCE = "§ 2 Abs. 1 Niedersächsisches Gesetz über die Feiertage (NFeiertagsG) i. d. F. vom"
            + " 7.3.1995, zuletzt geändert 22.6.2018 (Nds. GVBl. S. 122), Text gelesen am 21.11.2026 unter"
            + " https://kirchenrecht-braunschweig.de/document/33012 - Daten berechnet mit PublicHolidayGenerator";

    private PublicHolidayGenerator() {}

    /** Easter Sunday of a Gregorian year (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The CSV lines (with header and comment) for the years from..to. */
    static List<String> lines(int from, int to) {
        List<String> lines = new ArrayList<>();
        lines.add("# Gesetzliche Feiertage in Niedersachsen " + from + "-" + to
                + ", erzeugt mit PublicHolidayGenerator (nicht von Hand ändern)");
        lines.add("region;kind;name;start;end;source");
        for (int year = from; year <= to; year++) {
            LocalDate easter = easterSunday(year);
            add(lines, "Neujahr", LocalDate.of(year, 1, 1));
            add(lines, "Karfreitag", easter.minusDays(2));
            add(lines, "Ostermontag", easter.plusDays(1));
            add(lines, "Tag der Arbeit", LocalDate.of(year, 5, 1));
            add(lines, "Christi Himmelfahrt", easter.plusDays(39));
            add(lines, "Pfingstmontag", easter.plusDays(50));
            add(lines, "Tag der Deutschen Einheit", LocalDate.of(year, 10, 3));
            if (year >= 2018) {
                add(lines, "Reformationstag", LocalDate.of(year, 10, 31));
            }
            add(lines, "1. Weihnachtstag", LocalDate.of(year, 12, 25));
            add(lines, "2. Weihnachtstag", LocalDate.of(year, 12, 26));
        }
        return lines;
    }

    private static void add(List<String> lines, String name, LocalDate day) {
        lines.add("NI;PUBLIC_HOLIDAY;" + name + ";" + day + ";" + day + ";" + SOURCE);
    }

    public static void main(String[] args) throws IOException {
        int from = Integer.parseInt(args[0]);
        int to = Integer.parseInt(args[1]);
        Path file = Path.of("src/main/resources/directory/holidays/ni-feiertage.csv");
        Files.write(file, lines(from, to), StandardCharsets.UTF_8);
        System.out.println("written " + file);
    }
}
