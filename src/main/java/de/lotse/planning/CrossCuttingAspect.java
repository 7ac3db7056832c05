package de.lotse.planning;

/**
 * A cross-cutting aspect (Querschnittsaspekt) such as Gender Mainstreaming or Prävention, attached to fields of
 * action, objectives and measures. The list is configurable by planners.
 */
public record CrossCuttingAspect(long id, String key, String nameDe, String nameEn, int position) {

    /** The name in the language ("de" or "en"); German when there is no English name. */
    public String name(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameDe;
    }
}
