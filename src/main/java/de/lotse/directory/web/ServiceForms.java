package de.lotse.directory.web;

import de.lotse.directory.FacilityType;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.LocationType;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.ServiceStatus;
import de.lotse.directory.StoredService;
import de.lotse.indicator.LifeStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts between the service form and the service draft. Rows ticked "remove" and empty rows are left out; the
 * draft remembers which form row each of its rows came from, so the service's problem paths point at the form's
 * fields. What the form does not edit (site phones and contacts, named service areas, translations) is kept from
 * the stored service.
 */
final class ServiceForms {

    private static final Pattern TOP = Pattern.compile("^(\\w+)\\[(\\d+)](.*)$");
    private static final Pattern SITE_SCHEDULE = Pattern.compile("^\\.schedules\\[(\\d+)](.*)$");

    /** A draft and where its rows came from in the form. */
    record Converted(ServiceDraft draft, Map<String, List<Integer>> rows, Map<Integer, List<Integer>> siteSchedules) {

        /** The form path of a problem path of the draft. */
        String formPath(String path) {
            Matcher m = TOP.matcher(path);
            if (!m.matches() || !rows.containsKey(m.group(1))) {
                return path;
            }
            int index = Integer.parseInt(m.group(2));
            List<Integer> origin = rows.get(m.group(1));
            String rest = m.group(3);
            int formIndex = index < origin.size() ? origin.get(index) : index;
            if (m.group(1).equals("sites")) {
                Matcher s = SITE_SCHEDULE.matcher(rest);
                if (s.matches()) {
                    List<Integer> schedules = siteSchedules.getOrDefault(index, List.of());
                    int k = Integer.parseInt(s.group(1));
                    rest = ".schedules[" + (k < schedules.size() ? schedules.get(k) : k) + "]" + s.group(2);
                } else if (rest.startsWith(".newLocation.")) {
                    rest = ".newPlace." + rest.substring(".newLocation.".length());
                }
            }
            return m.group(1) + "[" + formIndex + "]" + rest;
        }
    }

    private ServiceForms() {}

    static ServiceForm of(StoredService stored) {
        ServiceDraft d = stored.content();
        ServiceForm f = new ServiceForm();
        f.version = stored.version();
        f.name = d.name();
        f.alternateName = d.alternateName();
        f.organisationId = d.organisationId();
        f.status = d.status().hsds();
        f.description = d.description();
        f.url = d.url();
        f.email = d.email();
        f.textLanguage = d.textLanguage();
        f.categoryCodes = new ArrayList<>(d.categoryCodes());
        f.audienceCodes = new ArrayList<>(d.audienceCodes());
        f.fieldOfActionCodes = new ArrayList<>(d.fieldOfActionCodes());
        f.lifeStages = new ArrayList<>(d.lifeStages().stream().map(Enum::name).toList());
        f.minimumAge = d.minimumAge();
        f.maximumAge = d.maximumAge();
        f.eligibilityDescription = d.eligibilityDescription();
        f.anonymous = d.anonymous();
        f.outreach = d.outreach();
        f.phoneCounselling = d.phoneCounselling();
        f.videoCounselling = d.videoCounselling();
        f.chatCounselling = d.chatCounselling();
        f.freeOfCharge = d.freeOfCharge();
        f.feesDescription = d.feesDescription();
        f.applicationProcess = d.applicationProcess();
        f.interpretationServices = d.interpretationServices();
        f.alert = d.alert();
        f.areaTerritoryIds = new ArrayList<>(d.areas().stream()
                .map(ServiceDraft.ServiceAreaDraft::territoryId)
                .filter(Objects::nonNull)
                .toList());
        d.languages().forEach(l -> {
            ServiceForm.Language row = new ServiceForm.Language();
            row.code = l.code();
            row.note = l.note();
            f.languages.add(row);
        });
        d.phones().forEach(p -> f.phones.add(phone(p)));
        d.contacts().forEach(c -> f.contacts.add(contact(c)));
        d.costOptions().forEach(c -> {
            ServiceForm.Cost row = new ServiceForm.Cost();
            row.option = c.option();
            row.amount = c.amount();
            row.amountDescription = c.amountDescription();
            f.costOptions.add(row);
        });
        d.schedules().forEach(s -> f.schedules.add(ScheduleForms.schedule(s)));
        d.sites().forEach(s -> {
            ServiceForm.Site site = new ServiceForm.Site();
            site.locationId = s.locationId().toString();
            site.description = s.description();
            s.schedules().forEach(x -> site.schedules.add(ScheduleForms.schedule(x)));
            f.sites.add(site);
        });
        f.exampleData = d.exampleData();
        f.sourceNote = d.sourceNote();
        return f;
    }

    static Converted draft(ServiceForm f, StoredService before) {
        Map<String, List<Integer>> rows = new HashMap<>();
        Map<Integer, List<Integer>> siteSchedules = new HashMap<>();
        List<ServiceDraft.LanguageDraft> languages = new ArrayList<>();
        rows.put(
                "languages",
                kept(
                        f.languages,
                        l -> !l.remove && !blank(l.code, l.note),
                        l -> languages.add(new ServiceDraft.LanguageDraft(trim(l.code), trim(l.note)))));
        List<ServiceDraft.PhoneDraft> phones = new ArrayList<>();
        rows.put(
                "phones",
                kept(
                        f.phones,
                        p -> !p.remove && !blank(p.number, p.extension, p.description),
                        p -> phones.add(new ServiceDraft.PhoneDraft(
                                trim(p.number), trim(p.extension), trim(p.type), trim(p.description), p.exampleData))));
        List<ServiceDraft.ContactDraft> contacts = new ArrayList<>();
        rows.put(
                "contacts",
                kept(
                        f.contacts,
                        c -> !c.remove && !blank(c.name, c.title, c.department, c.email),
                        c -> contacts.add(new ServiceDraft.ContactDraft(
                                trim(c.name), trim(c.title), trim(c.department), trim(c.email), c.exampleData))));
        List<ServiceDraft.CostOptionDraft> costs = new ArrayList<>();
        rows.put(
                "costOptions",
                kept(
                        f.costOptions,
                        c -> !c.remove && (c.amount != null || !blank(c.option, c.amountDescription)),
                        c -> costs.add(new ServiceDraft.CostOptionDraft(
                                trim(c.option), c.amount, "EUR", trim(c.amountDescription), null, null))));
        List<ScheduleDraft> schedules = new ArrayList<>();
        rows.put(
                "schedules",
                kept(
                        f.schedules,
                        s -> !s.remove && !ScheduleForms.empty(s),
                        s -> schedules.add(ScheduleForms.schedule(s))));
        List<ServiceDraft.SiteDraft> sites = new ArrayList<>();
        rows.put("sites", kept(f.sites, s -> !s.remove && !empty(s), s -> {
            List<ScheduleDraft> hours = new ArrayList<>();
            siteSchedules.put(
                    sites.size(),
                    kept(
                            s.schedules,
                            x -> !x.remove && !ScheduleForms.empty(x),
                            x -> hours.add(ScheduleForms.schedule(x))));
            sites.add(site(s, hours, before));
        }));
        List<ServiceDraft.ServiceAreaDraft> areas = new ArrayList<>();
        f.areaTerritoryIds.stream()
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> areas.add(new ServiceDraft.ServiceAreaDraft(id, null, null)));
        if (before != null) {
            before.content().areas().stream()
                    .filter(a -> a.territoryId() == null)
                    .forEach(areas::add);
        }
        ServiceDraft draft = new ServiceDraft(
                before == null ? null : before.id(),
                f.organisationId == null ? 0 : f.organisationId,
                trim(f.name),
                trim(f.alternateName),
                trim(f.description),
                status(f.status),
                trim(f.url),
                trim(f.email),
                trim(f.interpretationServices),
                trim(f.applicationProcess),
                trim(f.feesDescription),
                f.freeOfCharge,
                trim(f.eligibilityDescription),
                f.minimumAge,
                f.maximumAge,
                f.anonymous,
                f.outreach,
                f.phoneCounselling,
                f.videoCounselling,
                f.chatCounselling,
                trim(f.alert),
                trim(f.textLanguage),
                f.categoryCodes,
                f.audienceCodes,
                f.fieldOfActionCodes,
                f.lifeStages.stream()
                        .map(v -> parse(LifeStage.class, v))
                        .filter(Objects::nonNull)
                        .toList(),
                languages,
                phones,
                contacts,
                areas,
                costs,
                schedules,
                sites,
                before == null ? List.of() : before.content().translations(),
                f.exampleData,
                trim(f.sourceNote));
        return new Converted(draft, rows, siteSchedules);
    }

    private static ServiceDraft.SiteDraft site(ServiceForm.Site s, List<ScheduleDraft> hours, StoredService before) {
        UUID locationId = uuid(s.locationId);
        ServiceDraft.SiteDraft stored = before == null || locationId == null
                ? null
                : before.content().sites().stream()
                        .filter(x -> locationId.equals(x.locationId()))
                        .findFirst()
                        .orElse(null);
        return new ServiceDraft.SiteDraft(
                stored == null ? null : stored.id(),
                locationId,
                locationId == null ? place(s.newPlace) : null,
                trim(s.description),
                hours,
                stored == null ? List.of() : stored.phones(),
                stored == null ? List.of() : stored.contacts());
    }

    private static LocationDraft place(ServiceForm.Place p) {
        FacilityType type = parse(FacilityType.class, p.facilityType);
        return new LocationDraft(
                null,
                null,
                trim(p.name),
                null,
                null,
                type == FacilityType.ONLINE ? LocationType.VIRTUAL : LocationType.PHYSICAL,
                type,
                null,
                null,
                p.latitude,
                p.longitude,
                p.territoryId,
                null,
                trim(p.address1),
                null,
                trim(p.postalCode),
                trim(p.city),
                null,
                null,
                null,
                p.stepFreeAccess,
                p.accessibleToilet,
                null,
                null,
                null,
                null,
                List.of(),
                p.exampleData,
                null);
    }

    private static ServiceForm.Phone phone(ServiceDraft.PhoneDraft p) {
        ServiceForm.Phone row = new ServiceForm.Phone();
        row.number = p.number();
        row.extension = p.extension();
        row.type = p.type();
        row.description = p.description();
        row.exampleData = p.exampleData();
        return row;
    }

    private static ServiceForm.Contact contact(ServiceDraft.ContactDraft c) {
        ServiceForm.Contact row = new ServiceForm.Contact();
        row.name = c.name();
        row.title = c.title();
        row.department = c.department();
        row.email = c.email();
        row.exampleData = c.exampleData();
        return row;
    }

    static boolean empty(ServiceForm.Site s) {
        return blank(s.locationId, s.newPlace.name, s.description)
                && s.schedules.stream().allMatch(x -> x.remove || ScheduleForms.empty(x));
    }

    private static <T> List<Integer> kept(
            List<T> rows, java.util.function.Predicate<T> keep, java.util.function.Consumer<T> add) {
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            if (row != null && keep.test(row)) {
                origin.add(i);
                add.accept(row);
            }
        }
        return origin;
    }

    private static ServiceStatus status(String value) {
        return Arrays.stream(ServiceStatus.values())
                .filter(s -> s.hsds().equals(value))
                .findFirst()
                .orElse(ServiceStatus.ACTIVE);
    }

    /** The enum constant of a form value; null for an empty or unknown value (a hand-made request). */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String... values) {
        return Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
