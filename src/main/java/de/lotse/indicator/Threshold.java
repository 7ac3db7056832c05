package de.lotse.indicator;

import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.time.Instant;

/**
 * An early-warning threshold of one indicator as stored.
 *
 * @param id internal id
 * @param indicator the indicator's key
 * @param rule the condition
 * @param scopeTerritory only this territory and the units below it, or {@code null} for everywhere
 * @param scopeLevel only units of this level, or {@code null} for every level
 * @param severity how urgent an alert of this rule is
 * @param note why the threshold was set, or {@code null}
 * @param version optimistic lock: raised by every change
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 */
public record Threshold(
        long id,
        IndicatorKey indicator,
        ThresholdRule rule,
        Territory scopeTerritory,
        TerritoryLevel scopeLevel,
        Severity severity,
        String note,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** How urgent an alert is. */
    public enum Severity {
        /** Hinweis: worth a look. */
        NOTICE,
        /** Warnung: needs attention. */
        WARNING
    }

    /** Whether the rule applies to a unit: inside the scope's subtree (or no scope) and of the scope's level. */
    public boolean covers(Territory unit) {
        if (scopeLevel != null && unit.level() != scopeLevel) {
            return false;
        }
        if (scopeTerritory == null) {
            return true;
        }
        String path = scopeTerritory.path();
        return unit.id() == scopeTerritory.id() || unit.path().startsWith(path + "/");
    }
}
