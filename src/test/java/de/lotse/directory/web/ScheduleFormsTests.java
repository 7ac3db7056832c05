package de.lotse.directory.web;

import static de.lotse.directory.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.directory.DirectoryTestData;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A consultation-hours row survives the round trip through the editor form, including what the form does not show. */
class ScheduleFormsTests {

    @Test
    void keepsDaysOfTheMonthHolidayRegionAndLink() {
        ScheduleDraft imported = DirectoryTestData.weekly("MO", LocalTime.of(9, 0), LocalTime.of(12, 0));
        imported = with(imported, "freq", ScheduleFrequency.MONTHLY);
        imported = with(imported, "bymonthday", "1,2,3,4,5,6,7");
        imported = with(imported, "holidayRegion", "BY");
        imported = with(imported, "scheduleLink", "https://example.org/termine");

        assertThat(ScheduleForms.schedule(ScheduleForms.schedule(imported))).isEqualTo(imported);
    }

    @Test
    void aWeeklyRowKeepsItsWeekdaysAndDropsDaysOfTheMonth() {
        ScheduleDraft weekly = DirectoryTestData.weekly("TU,TH", LocalTime.of(14, 0), LocalTime.of(16, 0));

        assertThat(ScheduleForms.schedule(ScheduleForms.schedule(weekly))).isEqualTo(weekly);
    }
}
