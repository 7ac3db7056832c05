package de.lotse.directory.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ServiceDraft;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalFormTests {

    @Test
    void rowsAreAddedAndRemovedWithoutJavaScript() {
        ProposalForm form = ProposalForm.empty(7L);
        assertThat(form.sites).hasSize(1);
        assertThat(form.applyRowAction("addSite")).isTrue();
        assertThat(form.applyRowAction("addSchedule-1")).isTrue();
        assertThat(form.sites.get(1).schedules).hasSize(2);
        assertThat(form.applyRowAction("removeSchedule-1-0")).isTrue();
        assertThat(form.sites.get(1).schedules).hasSize(1);
        assertThat(form.applyRowAction("addPhone")).isTrue();
        assertThat(form.applyRowAction("removePhone-0")).isTrue();
        assertThat(form.phones).isEmpty();
        assertThat(form.applyRowAction("removeSite-0")).isTrue();
        assertThat(form.sites).hasSize(1);
        assertThat(form.applyRowAction("removeSite-9")).isFalse();
        assertThat(form.applyRowAction("save")).isFalse();
    }

    @Test
    void weekdaysAndAWeekOfTheMonthBecomeRecurrenceRules() {
        ProposalForm form = ProposalForm.empty(7L);
        form.name = "Sprechstunde";
        ProposalScheduleRow hours = form.sites.getFirst().schedules.getFirst();
        form.sites.getFirst().newName = "Grundschule";
        form.sites.getFirst().newFacilityType = "SCHOOL";
        hours.kind = "RECURRING";
        hours.weekdays = List.of("TH", "TU");
        hours.dtstart = "2026-01-06";
        hours.opensAt = "09:00";
        hours.closesAt = "12:00";
        ProposalFormProblems problems = new ProposalFormProblems();
        ScheduleDraft weekly =
                form.toDraft(null, 7L, problems).sites().getFirst().schedules().getFirst();
        assertThat(problems.all()).isEmpty();
        assertThat(weekly.freq()).isEqualTo(ScheduleFrequency.WEEKLY);
        assertThat(weekly.byday()).isEqualTo("TU,TH");
        assertThat(weekly.opensAt()).isEqualTo(LocalTime.of(9, 0));

        hours.weekdays = List.of("FR");
        hours.weekOfMonth = "-1";
        ScheduleDraft monthly =
                form.toDraft(null, 7L, problems).sites().getFirst().schedules().getFirst();
        assertThat(monthly.freq()).isEqualTo(ScheduleFrequency.MONTHLY);
        assertThat(monthly.byday()).isEqualTo("-1FR");
        // and back into the form
        ProposalScheduleRow again = ProposalScheduleRow.of(monthly, 0);
        assertThat(again.weekOfMonth).isEqualTo("-1");
        assertThat(again.weekdays).containsExactly("FR");
    }

    @Test
    void problemsAreNamedByFieldPath() {
        ProposalForm form = ProposalForm.empty(7L);
        ProposalScheduleRow hours = form.sites.getFirst().schedules.getFirst();
        form.sites.getFirst().newName = "Kita";
        hours.kind = "ONE_OFF";
        hours.dtstart = "31.12.2026";
        hours.opensAt = "12:00";
        hours.closesAt = "09:00";
        form.minimumAge = "18";
        form.maximumAge = "12";
        form.languages = "de, Türkisch";
        ProposalFormProblems problems = new ProposalFormProblems();
        form.toDraft(null, 7L, problems);
        assertThat(problems.all())
                .containsEntry("name", "required")
                .containsEntry("maximumAge", "belowMinimum")
                .containsEntry("languages", "invalid")
                .containsEntry("sites[0].newFacilityType", "required")
                .containsEntry("sites[0].schedules[0].dtstart", "date")
                .containsEntry("sites[0].schedules[0].closesAt", "beforeOpens");
    }

    @Test
    void whatTheFormDoesNotShowIsKept() {
        ProposalForm empty = ProposalForm.empty(7L);
        empty.name = "Basis";
        ServiceDraft base = empty.toDraft(null, 7L, new ProposalFormProblems());
        ServiceDraft withContacts = new ServiceDraft(
                null,
                7L,
                "Basis",
                null,
                null,
                null,
                null,
                null,
                "Dolmetscherin auf Anfrage",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Im August geschlossen",
                "de",
                List.of(),
                List.of(),
                List.of("familie"),
                List.of(),
                List.of(),
                List.of(),
                List.of(new ServiceDraft.ContactDraft("Frau Muster", null, null, null, false)),
                List.of(),
                List.of(),
                List.of(),
                base.sites(),
                List.of(),
                true,
                "Leitlinien");
        ProposalForm form = ProposalForm.of(withContacts);
        form.name = "Basis neu";
        ServiceDraft changed = form.toDraft(withContacts, 7L, new ProposalFormProblems());
        assertThat(changed.name()).isEqualTo("Basis neu");
        assertThat(changed.contacts()).isEqualTo(withContacts.contacts());
        assertThat(changed.interpretationServices()).isEqualTo("Dolmetscherin auf Anfrage");
        assertThat(changed.alert()).isEqualTo("Im August geschlossen");
        assertThat(changed.fieldOfActionCodes()).containsExactly("familie");
        assertThat(changed.exampleData()).isTrue();
        assertThat(changed.sourceNote()).isEqualTo("Leitlinien");
        // a place left completely blank is not a place
        assertThat(changed.sites()).isEmpty();
    }
}
