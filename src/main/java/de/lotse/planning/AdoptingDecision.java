package de.lotse.planning;

import java.time.LocalDate;

/**
 * The decision that adopted a strategy: the body (id), the day and the council paper, e.g. Kreistag, 14.06.2006,
 * Vorlage 2006/037. Each part may be unknown ({@code null}).
 */
public record AdoptingDecision(Long bodyId, LocalDate date, PaperNumber paper) {

    public static final AdoptingDecision UNKNOWN = new AdoptingDecision(null, null, null);

    public boolean isUnknown() {
        return bodyId == null && date == null && paper == null;
    }
}
