package de.lotse.directory.wegweiser;

import de.lotse.directory.wegweiser.WegweiserEntry.LocalizedText;
import de.lotse.directory.wegweiser.WegweiserEntry.Place;
import de.lotse.directory.wegweiser.WegweiserEntry.Term;
import de.lotse.directory.wegweiser.WegweiserResult.WegweiserHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The result list and the map table of the search page, in the page language. */
final class WegweiserCards {

    private static final int SUMMARY_LENGTH = 220;

    private WegweiserCards() {}

    /** One result: the key facts a citizen needs to choose. */
    record Card(
            UUID id,
            LocalizedText name,
            LocalizedText summary,
            String organisation,
            List<String> topics,
            List<String> places,
            List<String> badges,
            boolean exampleData,
            boolean temporarilyClosed) {}

    /** One place of a result, for the map and its table. */
    record MapPlace(
            UUID serviceId,
            String serviceName,
            String place,
            String address,
            String municipality,
            Double lat,
            Double lon) {}

    /** An option of a filter select. */
    record Option(String value, String label) {}

    static List<Card> cards(List<WegweiserHit> hits, String lang) {
        return hits.stream().map(h -> card(h.entry(), lang)).toList();
    }

    static Card card(WegweiserEntry e, String lang) {
        LocalizedText description = e.text("description", e.description(), lang);
        List<String> places = e.places().stream()
                .map(p -> p.virtual() ? null : p.municipalityName() != null ? p.municipalityName() : p.city())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        List<String> badges = new ArrayList<>();
        if (Boolean.TRUE.equals(e.freeOfCharge())) {
            badges.add("wegweiser.badge.free");
        }
        if (e.barrierFree()) {
            badges.add("wegweiser.badge.barrierFree");
        }
        if (Boolean.TRUE.equals(e.outreach())) {
            badges.add("wegweiser.badge.outreach");
        }
        if (e.online()) {
            badges.add("wegweiser.badge.online");
        }
        if (Boolean.TRUE.equals(e.anonymous())) {
            badges.add("wegweiser.badge.anonymous");
        }
        return new Card(
                e.id(),
                e.text("name", e.name(), lang),
                description.text() == null ? null : new LocalizedText(summary(description.text()), description.lang()),
                e.organisationName(),
                e.categories().stream().map(t -> t.name(lang)).toList(),
                places,
                badges,
                e.exampleData(),
                e.temporarilyClosed());
    }

    static List<MapPlace> mapPlaces(List<WegweiserHit> hits) {
        List<MapPlace> rows = new ArrayList<>();
        for (WegweiserHit hit : hits) {
            WegweiserEntry e = hit.entry();
            for (Place p : e.places()) {
                if (p.virtual()) {
                    continue;
                }
                String address = String.join(
                                ", ",
                                java.util.stream.Stream.of(
                                                p.address(),
                                                (p.postalCode() == null ? "" : p.postalCode() + " ")
                                                        + (p.city() == null ? "" : p.city()))
                                        .filter(s -> s != null && !s.isBlank())
                                        .toList())
                        .strip();
                rows.add(new MapPlace(
                        e.id(), e.name(), p.name(), address, p.municipalityName(), p.latitude(), p.longitude()));
            }
        }
        return rows;
    }

    /** Terms as options in the page language, sorted by label. */
    static List<Option> termOptions(List<Term> terms, String lang) {
        java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag(lang));
        return terms.stream()
                .map(t -> new Option(t.code(), t.name(lang)))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
    }

    static String summary(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SUMMARY_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SUMMARY_LENGTH);
        return flat.substring(0, cut > 80 ? cut : SUMMARY_LENGTH) + " …";
    }
}
