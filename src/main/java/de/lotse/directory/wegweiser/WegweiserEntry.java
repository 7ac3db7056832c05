package de.lotse.directory.wegweiser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A published service as the public Wegweiser shows it in a result list: what citizens need to choose, in the
 * language the texts were entered in ({@code textLanguage}) with the translations that exist per field.
 *
 * @param temporarilyClosed HSDS status "temporarily closed" (shown, marked)
 * @param translations per field ({@code name}, {@code description}, …) the text per language
 * @param online counselling by phone, video or chat, or an online place
 * @param barrierFree step-free access at one of the places
 * @param exampleData whether anything of the service does not come from a real source (shown as "Beispieldaten")
 */
public record WegweiserEntry(
        UUID id,
        String name,
        String alternateName,
        String description,
        String organisationName,
        boolean temporarilyClosed,
        String textLanguage,
        Map<String, Map<String, String>> translations,
        List<Term> categories,
        List<Term> audiences,
        List<Term> fieldsOfAction,
        List<String> languages,
        Integer minimumAge,
        Integer maximumAge,
        Boolean freeOfCharge,
        Boolean anonymous,
        Boolean outreach,
        boolean phoneCounselling,
        boolean videoCounselling,
        boolean chatCounselling,
        boolean online,
        boolean barrierFree,
        List<Place> places,
        List<Area> areas,
        boolean exampleData) {

    public WegweiserEntry {
        translations = Map.copyOf(translations);
        categories = List.copyOf(categories);
        audiences = List.copyOf(audiences);
        fieldsOfAction = List.copyOf(fieldsOfAction);
        languages = List.copyOf(languages);
        places = List.copyOf(places);
        areas = List.copyOf(areas);
    }

    /** The text of a field in a language: the translation if there is one, else the entered text. */
    public LocalizedText text(String field, String entered, String lang) {
        Map<String, String> perLanguage = translations.get(field);
        if (!lang.equals(textLanguage) && perLanguage != null && perLanguage.containsKey(lang)) {
            return new LocalizedText(perLanguage.get(lang), lang);
        }
        return new LocalizedText(entered, textLanguage);
    }

    /** A text and the language it is written in. */
    public record LocalizedText(String text, String lang) {}

    /** A taxonomy term: code, German name, search keywords and the names in other languages. */
    public record Term(String code, String name, String keywords, Map<String, String> labels) {

        public Term {
            labels = Map.copyOf(labels);
        }

        /** The name in a language, German if there is no label in it. */
        public String name(String lang) {
            return labels.getOrDefault(lang, name);
        }
    }

    /**
     * A place the service is offered at (HSDS service_at_location with its location).
     *
     * @param municipalityPath keys of the municipality and every unit above it (for the territory filter)
     */
    public record Place(
            UUID serviceAtLocationId,
            UUID locationId,
            String name,
            String address,
            String postalCode,
            String city,
            Double latitude,
            Double longitude,
            String municipalityKey,
            String municipalityName,
            List<String> municipalityPath,
            String facilityType,
            boolean virtual,
            Boolean stepFreeAccess) {

        public Place {
            municipalityPath = List.copyOf(municipalityPath);
        }

        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }
    }

    /** An area of service (HSDS service_area) that is a territory, with the keys of the units above it. */
    public record Area(String key, String name, List<String> path) {

        public Area {
            path = List.copyOf(path);
        }
    }
}
