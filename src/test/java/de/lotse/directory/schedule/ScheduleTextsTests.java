package de.lotse.directory.schedule;

import static de.lotse.directory.schedule.ScheduleDrafts.closure;
import static de.lotse.directory.schedule.ScheduleDrafts.oneOff;
import static de.lotse.directory.schedule.ScheduleDrafts.recurring;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.directory.AttendingType;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Readable texts of schedules in the six interface languages, and the validation of schedule drafts. */
class ScheduleTextsTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/schedules");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final ScheduleDescriber describer = new ScheduleDescriber(MESSAGES, null);
    private final ScheduleValidator validator = new ScheduleValidator(MESSAGES);

    private static ScheduleDraft tuesdaysOutsideSchoolHolidays() {
        return recurring(ScheduleFrequency.WEEKLY, 1, "TU", null, of(2026, 1, 6), null, null, true, true);
    }

    @Test
    void weeklyInGermanAndEnglish() {
        assertThat(describer.describe(tuesdaysOutsideSchoolHolidays(), Locale.GERMAN))
                .isEqualTo("dienstags 9:00–12:00 Uhr, nicht in den Schulferien, offene Sprechstunde");
        assertThat(describer.describe(tuesdaysOutsideSchoolHolidays(), Locale.ENGLISH))
                .isEqualTo("Tuesdays 9:00–12:00, not during school holidays, drop-in");
    }

    @Test
    void theWegweiserLanguagesHaveTheirOwnTexts() {
        assertThat(describer.describe(tuesdaysOutsideSchoolHolidays(), Locale.forLanguageTag("tr")))
                .isEqualTo("Salı günleri 9:00–12:00, okul tatillerinde yok, randevusuz görüşme");
        assertThat(describer.describe(tuesdaysOutsideSchoolHolidays(), Locale.forLanguageTag("ru")))
                .startsWith("по вторникам 9:00–12:00");
        assertThat(describer.describe(tuesdaysOutsideSchoolHolidays(), Locale.forLanguageTag("uk")))
                .startsWith("щовівторка 9:00–12:00");
        assertThat(describer.describe(tuesdaysOutsideSchoolHolidays(), Locale.forLanguageTag("ar")))
                .startsWith("أيام الثلاثاء 9:00–12:00");
    }

    @Test
    void rhythmsValidityOneOffAndClosure() {
        var everyOtherWeek = recurring(
                ScheduleFrequency.WEEKLY, 2, "MO,WE,FR", null, of(2026, 1, 5), null, of(2026, 7, 1), false, false);
        assertThat(describer.describe(everyOtherWeek, Locale.GERMAN))
                .isEqualTo("alle 2 Wochen montags, mittwochs und freitags 9:00–12:00 Uhr, vom 05.01.2026 bis"
                        + " 01.07.2026, auch an Feiertagen, offene Sprechstunde");
        var secondMonday =
                recurring(ScheduleFrequency.MONTHLY, 1, "2MO", null, of(2026, 1, 1), null, null, false, true);
        assertThat(describer.describe(secondMonday, Locale.GERMAN))
                .startsWith("jeden 2. Montag im Monat 9:00–12:00 Uhr");
        assertThat(describer.describe(secondMonday, Locale.ENGLISH))
                .startsWith("every 2nd Monday of the month 9:00–12:00");
        var lastFriday = recurring(ScheduleFrequency.MONTHLY, 1, "-1FR", null, of(2026, 1, 1), null, null, false, true);
        assertThat(describer.describe(lastFriday, Locale.GERMAN)).startsWith("jeden letzten Freitag im Monat");
        assertThat(describer.describe(
                        oneOff(of(2026, 9, 24), LocalTime.of(18, 0), LocalTime.of(20, 30)), Locale.GERMAN))
                .isEqualTo("am 24.09.2026 18:00–20:30 Uhr, nach Terminvereinbarung");
        assertThat(describer.describe(closure(of(2026, 8, 3), of(2026, 8, 14)), Locale.ENGLISH))
                .isEqualTo("closed from 3 Aug 2026 to 14 Aug 2026");
    }

    @Test
    void everyKeyOfTheBundleExistsInAllSixLanguages() throws Exception {
        java.util.Properties german = load("de");
        for (String lang : List.of("en", "tr", "ar", "ru", "uk")) {
            java.util.Properties other = load(lang);
            assertThat(other.stringPropertyNames()).as(lang).isEqualTo(german.stringPropertyNames());
            assertThat(other.stringPropertyNames())
                    .allMatch(k -> !other.getProperty(k).isBlank());
        }
    }

    private static java.util.Properties load(String lang) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = ScheduleTextsTests.class.getResourceAsStream("/i18n/schedules_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void aValidScheduleHasNoProblems() {
        assertThat(validator.validate(tuesdaysOutsideSchoolHolidays(), "schedules[0]."))
                .isEmpty();
        assertThat(validator.validate(
                        recurring(
                                ScheduleFrequency.MONTHLY,
                                1,
                                "2MO,-1FR",
                                null,
                                of(2026, 1, 1),
                                null,
                                null,
                                false,
                                true),
                        ""))
                .isEmpty();
    }

    @Test
    void endsBeforeItStartsAndClosesBeforeItOpens() {
        var endsEarly = recurring(
                ScheduleFrequency.WEEKLY, 1, "TU", null, of(2026, 3, 1), of(2026, 3, 1), of(2026, 2, 1), false, true);
        assertThat(validator.validate(endsEarly, "sites[1].schedules[0]."))
                .extracting(ScheduleProblem::field, ScheduleProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "sites[1].schedules[0].validTo", "schedules.problem.endsBeforeStart"));
        var beforeFirstDate =
                recurring(ScheduleFrequency.WEEKLY, 1, "TU", null, of(2026, 3, 1), null, of(2026, 2, 1), false, true);
        assertThat(validator.validate(beforeFirstDate, ""))
                .extracting(ScheduleProblem::field)
                .containsExactly("validTo");
        ScheduleDraft closesEarly = new ScheduleDraft(
                ScheduleKind.ONE_OFF,
                null,
                1,
                null,
                null,
                of(2026, 3, 1),
                null,
                null,
                LocalTime.of(12, 0),
                LocalTime.of(9, 0),
                false,
                false,
                "NI",
                AttendingType.BY_APPOINTMENT,
                null,
                null,
                null,
                false);
        ScheduleProblem problem = validator.validate(closesEarly, "").getFirst();
        assertThat(problem.field()).isEqualTo("closesAt");
        assertThat(problem.german()).isEqualTo("Die Endzeit liegt nicht nach der Anfangszeit.");
        assertThat(problem.english()).isEqualTo("The closing time is not after the opening time.");
    }

    @Test
    void bydayAndBymonthdaySyntaxOrdinalsIntervalAndRegion() {
        assertThat(keys(recurring(
                        ScheduleFrequency.WEEKLY, 1, "Dienstag", null, of(2026, 1, 1), null, null, false, true)))
                .containsExactly("schedules.problem.bydaySyntax");
        assertThat(keys(recurring(ScheduleFrequency.WEEKLY, 1, "2MO", null, of(2026, 1, 1), null, null, false, true)))
                .containsExactly("schedules.problem.weeklyOrdinal");
        assertThat(keys(recurring(ScheduleFrequency.MONTHLY, 1, "MO", null, of(2026, 1, 1), null, null, false, true)))
                .containsExactly("schedules.problem.monthlyOrdinal");
        assertThat(keys(recurring(ScheduleFrequency.MONTHLY, 1, "6MO", null, of(2026, 1, 1), null, null, false, true)))
                .containsExactly("schedules.problem.bydaySyntax");
        assertThat(keys(recurring(
                        ScheduleFrequency.MONTHLY, 1, "FR", "13,32", of(2026, 1, 1), null, null, false, true)))
                .containsExactly("schedules.problem.bymonthdaySyntax");
        assertThat(keys(recurring(ScheduleFrequency.WEEKLY, 1, "FR", "13", of(2026, 1, 1), null, null, false, true)))
                .containsExactly("schedules.problem.bymonthdayWeekly");
        assertThat(keys(recurring(ScheduleFrequency.WEEKLY, 0, "TU", null, of(2026, 1, 1), null, null, false, true)))
                .containsExactly("schedules.problem.interval");
        ScheduleDraft bavaria = new ScheduleDraft(
                ScheduleKind.ONE_OFF,
                null,
                1,
                null,
                null,
                of(2026, 3, 1),
                null,
                null,
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                false,
                false,
                "XX",
                null,
                null,
                null,
                null,
                false);
        assertThat(keys(bavaria)).containsExactly("schedules.problem.region");
        ScheduleDraft closureWithoutEnd = new ScheduleDraft(
                ScheduleKind.CLOSURE,
                null,
                1,
                null,
                null,
                null,
                of(2026, 3, 1),
                null,
                null,
                null,
                false,
                false,
                "NI",
                null,
                null,
                null,
                null,
                false);
        assertThat(keys(closureWithoutEnd)).containsExactly("schedules.problem.closureToMissing");
    }

    private List<String> keys(ScheduleDraft draft) {
        return validator.validate(draft, "").stream()
                .map(ScheduleProblem::messageKey)
                .toList();
    }
}
