package de.lotse.directory.wegweiser;

import de.lotse.directory.wegweiser.WegweiserQuery.Filter;

/**
 * The search form of {@code /beratung} as it arrives (German parameter names, all optional). An age that is not a
 * whole number between 0 and 130 is ignored, not an error: citizens get results, not a 400.
 */
record WegweiserForm(
        String q,
        String thema,
        String gemeinde,
        String zielgruppe,
        String alter,
        String sprache,
        Boolean barrierefrei,
        Boolean kostenlos,
        Boolean aufsuchend,
        Boolean online) {

    WegweiserForm {
        barrierefrei = Boolean.TRUE.equals(barrierefrei);
        kostenlos = Boolean.TRUE.equals(kostenlos);
        aufsuchend = Boolean.TRUE.equals(aufsuchend);
        online = Boolean.TRUE.equals(online);
    }

    /** The request parameter of a filter (for "remove this filter" links). */
    static String parameter(Filter filter) {
        return switch (filter) {
            case TOPIC -> "thema";
            case TERRITORY -> "gemeinde";
            case AUDIENCE -> "zielgruppe";
            case AGE -> "alter";
            case LANGUAGE -> "sprache";
            case BARRIER_FREE -> "barrierefrei";
            case FREE_OF_CHARGE -> "kostenlos";
            case OUTREACH -> "aufsuchend";
            case ONLINE -> "online";
        };
    }

    public WegweiserQuery query(int page) {
        return new WegweiserQuery(
                q, thema, gemeinde, zielgruppe, age(), sprache, barrierefrei, kostenlos, aufsuchend, online, page, 0);
    }

    /** Whether the citizen searched (words or any filter), as opposed to opening the page. */
    public boolean searched() {
        return !query(1).activeFilters().isEmpty() || query(1).text() != null;
    }

    /** The age as entered if it is valid, else null. */
    public Integer age() {
        if (alter == null || !alter.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(alter.strip());
        return value <= 130 ? value : null;
    }

    /** Whether an age was entered that cannot be used. */
    public boolean ageInvalid() {
        return alter != null && !alter.isBlank() && age() == null;
    }
}
