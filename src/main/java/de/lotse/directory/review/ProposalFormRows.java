package de.lotse.directory.review;

import de.lotse.directory.ServiceDraft;
import java.util.List;

/**
 * Shared parts of the repeatable groups of the proposal form (phones here; places in {@link ProposalSiteRow}, hours in
 * {@link ProposalScheduleRow}). Every row remembers which entry of the stored draft it came from ({@code baseIndex}),
 * so that details the form does not show (contacts at a place, further phone numbers of a new place, links) are kept.
 */
final class ProposalFormRows {

    /** Weekday codes (RFC 5545) in the order of the German week. */
    static final List<String> WEEKDAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private ProposalFormRows() {}

    /** A phone number of the service. */
    public static class PhoneRow {
        public Integer baseIndex;
        public String number;
        public String description;

        static PhoneRow of(ServiceDraft.PhoneDraft p, int index) {
            PhoneRow row = new PhoneRow();
            row.baseIndex = index;
            row.number = p.number();
            row.description = p.description();
            return row;
        }

        boolean blank() {
            return ProposalForm.isBlank(number) && ProposalForm.isBlank(description);
        }
    }
}
