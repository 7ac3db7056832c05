package de.lotse.directory.schedule;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading holiday files: CSV and iCalendar, every kind of bad input, the bundled data and its generator. */
class HolidayFileReaderTests {

    private static final HolidayFileReader.Defaults NI =
            new HolidayFileReader.Defaults("NI", HolidayKind.SCHOOL_HOLIDAY, "Test");

    private static HolidayFileReader.Result read(String text) {
        return HolidayFileReader.read(text.getBytes(StandardCharsets.UTF_8), NI);
    }

    private static List<String> errors(String text) {
        return read(text).errors().stream()
                .map(e -> e.line() + ":" + e.field() + ":" + e.key())
                .toList();
    }

    @Test
    void csvWithHeaderCommentsAndOptionalSource() {
        HolidayFileReader.Result result = read("""
                # Kommentar
                region;kind;name;start;end;source
                NI;SCHOOL_HOLIDAY;Herbstferien;2026-10-12;2026-10-24;Kultusministerium

                ni;PUBLIC_HOLIDAY;Reformationstag;2026-10-31;2026-10-31
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.format()).isEqualTo("CSV");
        assertThat(result.rows())
                .containsExactly(
                        new HolidayRow(
                                3,
                                "NI",
                                HolidayKind.SCHOOL_HOLIDAY,
                                "Herbstferien",
                                of(2026, 10, 12),
                                of(2026, 10, 24),
                                "Kultusministerium"),
                        new HolidayRow(
                                5,
                                "NI",
                                HolidayKind.PUBLIC_HOLIDAY,
                                "Reformationstag",
                                of(2026, 10, 31),
                                of(2026, 10, 31),
                                "Test"));
    }

    @Test
    void everyBadCsvInputIsNamedByLineAndField() {
        assertThat(errors("""
                NI;SCHOOL_HOLIDAY;Herbstferien;2026-10-24;2026-10-12
                NI;FERIEN;Osterferien;2027-03-22;2027-04-03
                NI;SCHOOL_HOLIDAY;Sommerferien;2027-07-08;18.08.2027
                XX;SCHOOL_HOLIDAY;Pfingsten;2027-05-18;2027-05-18
                NI;SCHOOL_HOLIDAY;;2027-05-07;2027-05-07
                NI;SCHOOL_HOLIDAY;zu wenig
                NI;SCHOOL_HOLIDAY;Feb;2027-02-30;2027-02-30
                """))
                .containsExactly(
                        "1:end:schedules.import.error.endBeforeStart",
                        "2:kind:schedules.import.error.kind",
                        "3:end:schedules.import.error.date",
                        "4:region:schedules.import.error.region",
                        "5:name:schedules.import.error.nameMissing",
                        "6::schedules.import.error.columns",
                        "7:start:schedules.import.error.date",
                        "7:end:schedules.import.error.date");
    }

    @Test
    void overlappingEntriesOfTheSameKindAreRefusedOtherKindsMayOverlap() {
        assertThat(errors("""
                NI;SCHOOL_HOLIDAY;Osterferien;2026-03-23;2026-04-07
                NI;PUBLIC_HOLIDAY;Karfreitag;2026-04-03;2026-04-03
                NI;SCHOOL_HOLIDAY;Osterferien doppelt;2026-04-01;2026-04-10
                NI;SCHOOL_HOLIDAY;Osterferien;2026-03-23;2026-04-07
                """))
                .containsExactly("3:start:schedules.import.error.overlap", "4:start:schedules.import.error.overlap");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThat(errors("region;kind;name;start;end\n")).containsExactly("0::schedules.import.error.empty");
    }

    @Test
    void iCalendarAllDayEventsWithExclusiveEndFoldedLinesAndEscapes() {
        HolidayFileReader.Result result = read("""
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//DE\r
                BEGIN:VEVENT\r
                UID:1@test\r
                DTSTART;VALUE=DATE:20261012\r
                DTEND;VALUE=DATE:20261025\r
                SUMMARY:Herbstferien Nieder\r
                 sachsen\\, 2026\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20270518\r
                SUMMARY:Pfingstferien\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20270322\r
                DURATION:P2W\r
                SUMMARY:Osterferien\r
                END:VEVENT\r
                END:VCALENDAR\r
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.format()).isEqualTo("ICALENDAR");
        assertThat(result.rows())
                .extracting(HolidayRow::line, HolidayRow::name, HolidayRow::startDate, HolidayRow::endDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                4, "Herbstferien Niedersachsen, 2026", of(2026, 10, 12), of(2026, 10, 24)),
                        org.assertj.core.groups.Tuple.tuple(11, "Pfingstferien", of(2027, 5, 18), of(2027, 5, 18)),
                        org.assertj.core.groups.Tuple.tuple(15, "Osterferien", of(2027, 3, 22), of(2027, 4, 4)));
        assertThat(result.rows())
                .allMatch(r ->
                        r.kind() == HolidayKind.SCHOOL_HOLIDAY && r.region().equals("NI"));
    }

    @Test
    void badICalendarEventsAreNamedByLineAndProperty() {
        assertThat(errors("""
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART:20261012T080000Z
                SUMMARY:Mit Uhrzeit
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20261025
                DTEND;VALUE=DATE:20261012
                SUMMARY:Ende vor Beginn
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:2026-10-12
                SUMMARY:Falsches Datum
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20261012
                END:VEVENT
                BEGIN:VEVENT
                SUMMARY:Ohne Beginn
                END:VEVENT
                END:VCALENDAR
                """))
                .containsExactly(
                        "3:DTSTART:schedules.import.error.notAllDay",
                        "8:DTEND:schedules.import.error.endBeforeStart",
                        "12:DTSTART:schedules.import.error.icalDate",
                        "15:SUMMARY:schedules.import.error.missing",
                        "18:DTSTART:schedules.import.error.missing");
    }

    @Test
    void theBundledFilesAreValid() {
        for (String file : BundledHolidays.FILES) {
            HolidayFileReader.Result result =
                    HolidayFileReader.read(BundledHolidays.read(file), new HolidayFileReader.Defaults("NI", null, "x"));
            assertThat(result.errors()).as(file).isEmpty();
            assertThat(result.rows())
                    .as(file)
                    .isNotEmpty()
                    .allMatch(r -> r.source().length() > 40);
        }
    }

    @Test
    void easterSundayAgreesWithKnownDates() {
        assertThat(PublicHolidayGenerator.easterSunday(2000)).isEqualTo(of(2000, 4, 23));
        assertThat(PublicHolidayGenerator.easterSunday(2008)).isEqualTo(of(2008, 3, 23));
        assertThat(PublicHolidayGenerator.easterSunday(2019)).isEqualTo(of(2019, 4, 21));
        assertThat(PublicHolidayGenerator.easterSunday(2024)).isEqualTo(of(2024, 3, 31));
        assertThat(PublicHolidayGenerator.easterSunday(2025)).isEqualTo(of(2025, 4, 20));
        assertThat(PublicHolidayGenerator.easterSunday(2026)).isEqualTo(of(2026, 4, 5));
        assertThat(PublicHolidayGenerator.easterSunday(2027)).isEqualTo(of(2027, 3, 28));
        assertThat(PublicHolidayGenerator.easterSunday(2038)).isEqualTo(of(2038, 4, 25));
    }

    @Test
    void theBundledPublicHolidaysAreExactlyWhatTheGeneratorWrites() {
        String committed = new String(BundledHolidays.read("ni-feiertage.csv"), StandardCharsets.UTF_8);
        assertThat(committed.lines().toList()).isEqualTo(PublicHolidayGenerator.lines(2025, 2027));
        List<LocalDate> days =
                read(committed).rows().stream().map(HolidayRow::startDate).toList();
        assertThat(days).contains(of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 14), of(2026, 5, 25), of(2026, 10, 31));
    }
}
