package de.lotse.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.directory.schedule.ScheduleValidator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Saving a service checks its hours with {@code ScheduleChecks}; the calendar (next dates, .ics, weekly hours) and the
 * holiday import use {@link ScheduleValidator}. Whatever the validator refuses, saving must refuse too — otherwise a
 * saved schedule would give no dates. Checked over the combinations of the fields both look at.
 */
@SpringBootTest
class ScheduleRulesAgreementIntegrationTests {

    @Autowired
    ScheduleValidator validator;

    @Test
    void savingRefusesEveryScheduleTheCalendarCannotUse() {
        List<ScheduleDraft> drafts = drafts();
        int refusedByValidator = 0;
        java.util.Set<String> disagreements = new java.util.TreeSet<>();
        for (ScheduleDraft draft : drafts) {
            DraftProblems save = new DraftProblems();
            ScheduleChecks.schedule(save, "", draft);
            var refused = validator.validate(draft, "");
            if (!refused.isEmpty()) {
                refusedByValidator++;
                if (save.isEmpty()) {
                    disagreements.add(draft.kind() + "/" + draft.freq() + " byday=" + draft.byday() + " bymonthday="
                            + draft.bymonthday() + " region=" + draft.holidayRegion() + " interval=" + draft.interval()
                            + ": " + refused.stream().map(p -> p.messageKey()).toList());
                }
            }
        }
        assertThat(disagreements)
                .as("saving must refuse what the calendar refuses")
                .isEmpty();
        assertThat(refusedByValidator)
                .as("the combinations include invalid ones")
                .isGreaterThan(100);
        assertThat(drafts.size() - refusedByValidator).as("and valid ones").isGreaterThan(100);
    }

    private static List<ScheduleDraft> drafts() {
        List<ScheduleDraft> drafts = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 9, 1);
        for (ScheduleKind kind : ScheduleKind.values()) {
            for (ScheduleFrequency freq :
                    new ScheduleFrequency[] {null, ScheduleFrequency.WEEKLY, ScheduleFrequency.MONTHLY}) {
                for (String byday :
                        new String[] {null, "", "TU", "MO,WE", "2MO", "-1FR", "2MO,TU", "XX", "Dienstag", "6MO"}) {
                    for (String bymonthday : new String[] {null, "1,2,3,4,5,6,7", "15", "-1", "32", "x"}) {
                        for (String region : new String[] {"NI", "BY", "XX", "ni"}) {
                            for (int interval : new int[] {0, 1, 2}) {
                                for (LocalTime[] times : new LocalTime[][] {
                                    {LocalTime.of(9, 0), LocalTime.of(12, 0)},
                                    {LocalTime.of(12, 0), LocalTime.of(9, 0)},
                                    {null, null}
                                }) {
                                    for (LocalDate[] period : new LocalDate[][] {
                                        {null, null}, {start, start.plusMonths(3)}, {start, start.minusDays(1)}
                                    }) {
                                        drafts.add(new ScheduleDraft(
                                                kind,
                                                freq,
                                                interval,
                                                byday,
                                                bymonthday,
                                                kind == ScheduleKind.CLOSURE ? null : start,
                                                period[0],
                                                period[1],
                                                times[0],
                                                times[1],
                                                true,
                                                true,
                                                region,
                                                AttendingType.WITHOUT_APPOINTMENT,
                                                null,
                                                null,
                                                null,
                                                false));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return drafts;
    }
}
