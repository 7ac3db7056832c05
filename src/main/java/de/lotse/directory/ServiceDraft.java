package de.lotse.directory;

import de.lotse.indicator.LifeStage;
import java.util.List;
import java.util.UUID;

/**
 * A whole service as an editor, a provider's proposal, the HSDS import or the bundled content writes it: the service
 * (HSDS service with the German profile), its terms, languages, contacts, areas and costs, and the places where it is
 * offered with their consultation hours. Unknown facts stay {@code null} (a {@code Boolean} null means "not known").
 *
 * @param id the HSDS id to keep (import) or {@code null} for a new id; ignored on update (the stored id stays)
 * @param organisationId the providing organisation (HSDS organization, module organisation)
 * @param categoryCodes codes of taxonomy {@code lotse-beratung}; at least one for publication
 * @param audienceCodes codes of taxonomy {@code lotse-zielgruppe}
 * @param fieldOfActionCodes codes of taxonomy {@code lotse-handlungsfeld} beyond those the categories imply
 * @param languages ISO 639-1 codes counselling is offered in (the text language is {@code textLanguage})
 * @param schedules hours that hold for the service wherever it is offered (often by phone); per place in sites
 * @param sites the places the service is offered at (HSDS service_at_location)
 * @param translations optional translations of the service's texts per field
 * @param exampleData whether anything of this service does not come from a real source (shown as "Beispieldaten")
 * @param sourceNote where the service is named (document, section), shown with it
 */
public record ServiceDraft(
        UUID id,
        long organisationId,
        String name,
        String alternateName,
        String description,
        ServiceStatus status,
        String url,
        String email,
        String interpretationServices,
        String applicationProcess,
        String feesDescription,
        Boolean freeOfCharge,
        String eligibilityDescription,
        Integer minimumAge,
        Integer maximumAge,
        Boolean anonymous,
        Boolean outreach,
        Boolean phoneCounselling,
        Boolean videoCounselling,
        Boolean chatCounselling,
        String alert,
        String textLanguage,
        List<String> categoryCodes,
        List<String> audienceCodes,
        List<String> fieldOfActionCodes,
        List<LifeStage> lifeStages,
        List<LanguageDraft> languages,
        List<PhoneDraft> phones,
        List<ContactDraft> contacts,
        List<ServiceAreaDraft> areas,
        List<CostOptionDraft> costOptions,
        List<ScheduleDraft> schedules,
        List<SiteDraft> sites,
        List<TranslationDraft> translations,
        boolean exampleData,
        String sourceNote) {

    public ServiceDraft {
        categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
        audienceCodes = audienceCodes == null ? List.of() : List.copyOf(audienceCodes);
        fieldOfActionCodes = fieldOfActionCodes == null ? List.of() : List.copyOf(fieldOfActionCodes);
        lifeStages = lifeStages == null ? List.of() : List.copyOf(lifeStages);
        languages = languages == null ? List.of() : List.copyOf(languages);
        phones = phones == null ? List.of() : List.copyOf(phones);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        areas = areas == null ? List.of() : List.copyOf(areas);
        costOptions = costOptions == null ? List.of() : List.copyOf(costOptions);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        sites = sites == null ? List.of() : List.copyOf(sites);
        translations = translations == null ? List.of() : List.copyOf(translations);
        status = status == null ? ServiceStatus.ACTIVE : status;
        textLanguage = textLanguage == null || textLanguage.isBlank() ? "de" : textLanguage;
    }

    /** A language counselling is offered in (HSDS language): ISO 639-1 code and an optional note. */
    public record LanguageDraft(String code, String note) {}

    /** A phone number (HSDS phone); type is the HSDS type (voice, fax, text, cell, video, textphone) or null. */
    public record PhoneDraft(String number, String extension, String type, String description, boolean exampleData) {}

    /** A named contact (HSDS contact). */
    public record ContactDraft(String name, String title, String department, String email, boolean exampleData) {}

    /** An area the service serves (HSDS service_area): a territory (e.g. the county for outreach) or a text. */
    public record ServiceAreaDraft(Long territoryId, String name, String description) {}

    /** A structured cost (HSDS cost_option); amount null = not known. */
    public record CostOptionDraft(
            String option,
            java.math.BigDecimal amount,
            String currency,
            String amountDescription,
            java.time.LocalDate validFrom,
            java.time.LocalDate validTo) {}

    /** A translation of one text field (name, description, eligibility_description, ...) into a language. */
    public record TranslationDraft(String field, String lang, String text) {}

    /**
     * The service offered at a place (HSDS service_at_location): either an existing place ({@code locationId}) or a
     * new one ({@code newLocation}), with the consultation hours there.
     *
     * @param id the HSDS id to keep (import) or null; on update a site for the same place keeps its id (so .ics
     *     links stay valid)
     */
    public record SiteDraft(
            UUID id,
            UUID locationId,
            LocationDraft newLocation,
            String description,
            List<ScheduleDraft> schedules,
            List<PhoneDraft> phones,
            List<ContactDraft> contacts) {

        public SiteDraft {
            schedules = schedules == null ? List.of() : List.copyOf(schedules);
            phones = phones == null ? List.of() : List.copyOf(phones);
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }
}
