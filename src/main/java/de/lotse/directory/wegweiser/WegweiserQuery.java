package de.lotse.directory.wegweiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A citizen's search in the Beratungswegweiser: free text and filters. Every filter is optional; blank values mean "no
 * filter". Pages count from 1.
 *
 * @param text words to look for (German stemming, compound splitting, synonyms and typo tolerance apply)
 * @param topic code of a counselling category (taxonomy {@code lotse-beratung}), e.g. {@code schuldnerberatung}
 * @param territory AGS (8 digits) or territory key of a municipality (or a larger unit): services with a place there or
 *     an area of service covering it
 * @param audience code of a target group (taxonomy {@code lotse-zielgruppe})
 * @param age an age in years the service must be open to (within its minimum and maximum age)
 * @param language ISO 639-1 code of a language counselling is offered in
 * @param barrierFree only services with step-free access at one of their places
 * @param freeOfCharge only services known to be free of charge
 * @param outreach only services that come to people (aufsuchend)
 * @param online only services offered by phone, video, chat or at an online place
 */
public record WegweiserQuery(
        String text,
        String topic,
        String territory,
        String audience,
        Integer age,
        String language,
        boolean barrierFree,
        boolean freeOfCharge,
        boolean outreach,
        boolean online,
        int page,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** The filters a citizen can set (and the result page can suggest removing). */
    public enum Filter {
        TOPIC,
        TERRITORY,
        AUDIENCE,
        AGE,
        LANGUAGE,
        BARRIER_FREE,
        FREE_OF_CHARGE,
        OUTREACH,
        ONLINE
    }

    public WegweiserQuery {
        text = blankToNull(text);
        topic = blankToNull(topic);
        territory = blankToNull(territory);
        audience = blankToNull(audience);
        language =
                language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        age = age == null || age < 0 || age > 130 ? null : age;
        page = Math.max(1, page);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    /** A search for words only, first page. */
    public static WegweiserQuery forText(String text) {
        return new WegweiserQuery(text, null, null, null, null, null, false, false, false, false, 1, 0);
    }

    /** Everything, first page. */
    public static WegweiserQuery everything() {
        return forText(null);
    }

    /** The filters that are set, in the order of {@link Filter}. */
    public List<Filter> activeFilters() {
        List<Filter> active = new ArrayList<>();
        for (Filter filter : Filter.values()) {
            if (isSet(filter)) {
                active.add(filter);
            }
        }
        return active;
    }

    public boolean isSet(Filter filter) {
        return switch (filter) {
            case TOPIC -> topic != null;
            case TERRITORY -> territory != null;
            case AUDIENCE -> audience != null;
            case AGE -> age != null;
            case LANGUAGE -> language != null;
            case BARRIER_FREE -> barrierFree;
            case FREE_OF_CHARGE -> freeOfCharge;
            case OUTREACH -> outreach;
            case ONLINE -> online;
        };
    }

    /** The same search without one filter, first page. */
    public WegweiserQuery without(Filter filter) {
        return new WegweiserQuery(
                text,
                filter == Filter.TOPIC ? null : topic,
                filter == Filter.TERRITORY ? null : territory,
                filter == Filter.AUDIENCE ? null : audience,
                filter == Filter.AGE ? null : age,
                filter == Filter.LANGUAGE ? null : language,
                filter != Filter.BARRIER_FREE && barrierFree,
                filter != Filter.FREE_OF_CHARGE && freeOfCharge,
                filter != Filter.OUTREACH && outreach,
                filter != Filter.ONLINE && online,
                1,
                pageSize);
    }

    /** The same search with other words, first page. */
    public WegweiserQuery withText(String otherText) {
        return new WegweiserQuery(
                otherText,
                topic,
                territory,
                audience,
                age,
                language,
                barrierFree,
                freeOfCharge,
                outreach,
                online,
                1,
                pageSize);
    }

    /** The same search on another page. */
    public WegweiserQuery onPage(int otherPage) {
        return new WegweiserQuery(
                text,
                topic,
                territory,
                audience,
                age,
                language,
                barrierFree,
                freeOfCharge,
                outreach,
                online,
                otherPage,
                pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
