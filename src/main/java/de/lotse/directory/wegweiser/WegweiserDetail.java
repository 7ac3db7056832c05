package de.lotse.directory.wegweiser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the public detail page shows about one published service: the list entry plus contact, costs, places
 * with address, accessibility, consultation hours, phones and contacts. Unknown facts are null.
 */
record WegweiserDetail(
        WegweiserEntry entry,
        String url,
        String email,
        String interpretationServices,
        String applicationProcess,
        String feesDescription,
        String eligibilityDescription,
        String alert,
        LocalDate lastVerifiedAt,
        String sourceNote,
        boolean publicProvider,
        Map<String, String> languageNotes,
        List<Phone> phones,
        List<Contact> contacts,
        List<Cost> costs,
        List<Schedule> schedules,
        List<Site> sites,
        List<String> areaNames) {

    /** Whether anything shown (service, place, hours, phone, contact) is example data, not from a real source. */
    public boolean anyExampleData() {
        return entry.exampleData()
                || phones.stream().anyMatch(Phone::exampleData)
                || contacts.stream().anyMatch(Contact::exampleData)
                || schedules.stream().anyMatch(Schedule::exampleData)
                || sites.stream().anyMatch(Site::anyExampleData);
    }

    record Phone(String number, String extension, String type, String description, boolean exampleData) {

        /** The number as a tel: URI (digits and a leading plus only), or null if it is not a dialable number. */
        public String telUri() {
            String digits = number.replaceAll("[\\s/()\\-.]", "");
            return digits.matches("\\+?[0-9]{3,20}") ? "tel:" + digits : null;
        }
    }

    record Contact(String name, String title, String department, String email, boolean exampleData) {

        /** Name, title and department, as far as known, separated by commas. */
        public String label() {
            return String.join(
                    ", ",
                    java.util.stream.Stream.of(name, title, department)
                            .filter(java.util.Objects::nonNull)
                            .toList());
        }
    }

    record Cost(String option, BigDecimal amount, String currency, String amountDescription) {}

    /** Consultation hours as stored (HSDS schedule). */
    record Schedule(
            String kind,
            String freq,
            int interval,
            String byday,
            String bymonthday,
            LocalDate dtstart,
            LocalDate validFrom,
            LocalDate validTo,
            LocalTime opensAt,
            LocalTime closesAt,
            boolean skipSchoolHolidays,
            boolean skipPublicHolidays,
            String attendingType,
            String scheduleLink,
            String description,
            String notes,
            boolean exampleData) {}

    /** The service at one place, with the place's own hours and phones and those of the service there. */
    record Site(
            UUID id,
            String description,
            Location location,
            List<Schedule> schedules,
            List<Phone> phones,
            List<Contact> contacts) {

        public boolean anyExampleData() {
            return location.exampleData()
                    || schedules.stream().anyMatch(Schedule::exampleData)
                    || phones.stream().anyMatch(Phone::exampleData)
                    || contacts.stream().anyMatch(Contact::exampleData);
        }
    }

    record Location(
            UUID id,
            String name,
            String description,
            String locationType,
            String facilityType,
            String url,
            String email,
            String address1,
            String address2,
            String postalCode,
            String city,
            String transportation,
            BigDecimal latitude,
            BigDecimal longitude,
            String municipality,
            Boolean stepFreeAccess,
            Boolean accessibleToilet,
            Boolean inductionLoop,
            Boolean signLanguage,
            Boolean easyLanguage,
            String accessibilityDetails,
            boolean exampleData,
            Map<String, Map<String, String>> translations) {

        public boolean isVirtual() {
            return "virtual".equals(locationType) || "ONLINE".equals(facilityType);
        }

        /** The place's name in a language (its translation if there is one). */
        public WegweiserEntry.LocalizedText name(String lang) {
            Map<String, String> names = translations.get("name");
            return names != null && names.containsKey(lang)
                    ? new WegweiserEntry.LocalizedText(names.get(lang), lang)
                    : new WegweiserEntry.LocalizedText(name, "de");
        }

        /** The place's web address if it may be a link. */
        public String safeUrl() {
            return WegweiserLinks.safeUrl(url);
        }

        /** The known barrier-free facts (name → yes/no) in a fixed order; unknown ones are left out. */
        public List<Map.Entry<String, Boolean>> accessibilityFacts() {
            List<Map.Entry<String, Boolean>> facts = new java.util.ArrayList<>();
            addFact(facts, "stepFreeAccess", stepFreeAccess);
            addFact(facts, "accessibleToilet", accessibleToilet);
            addFact(facts, "inductionLoop", inductionLoop);
            addFact(facts, "signLanguage", signLanguage);
            addFact(facts, "easyLanguage", easyLanguage);
            return facts;
        }

        private static void addFact(List<Map.Entry<String, Boolean>> facts, String name, Boolean value) {
            if (value != null) {
                facts.add(Map.entry(name, value));
            }
        }

        public boolean hasAccessibilityFacts() {
            return stepFreeAccess != null
                    || accessibleToilet != null
                    || inductionLoop != null
                    || signLanguage != null
                    || easyLanguage != null
                    || accessibilityDetails != null;
        }
    }
}
