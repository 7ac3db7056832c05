package de.lotse.directory.schedule;

import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleKind;
import java.util.UUID;

/** A schedule row with its id and whom it belongs to (a service at a place, the whole service, or the place). */
record StoredSchedule(UUID id, Owner owner, ScheduleDraft draft) {

    enum Owner {
        SERVICE_AT_LOCATION,
        SERVICE,
        LOCATION
    }

    boolean opens() {
        return draft.kind() == ScheduleKind.RECURRING || draft.kind() == ScheduleKind.ONE_OFF;
    }

    boolean isClosure() {
        return draft.kind() == ScheduleKind.CLOSURE;
    }
}
