package de.lotse.directory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The planners' service form, bound field by field (public fields, direct field access; nested rows bind as
 * {@code sites[0].schedules[1].opensAt}, the same paths the service names its problems with). Rows ticked "remove"
 * and rows left completely empty are left out when saving.
 */
public class ServiceForm {

    public Long version;
    public String name;
    public String alternateName;
    public Long organisationId;
    public String status = "active";
    public String description;
    public String url;
    public String email;
    public String textLanguage = "de";
    public List<String> categoryCodes = new ArrayList<>();
    public List<String> audienceCodes = new ArrayList<>();
    public List<String> fieldOfActionCodes = new ArrayList<>();
    public List<String> lifeStages = new ArrayList<>();
    public Integer minimumAge;
    public Integer maximumAge;
    public String eligibilityDescription;
    public Boolean anonymous;
    public Boolean outreach;
    public Boolean phoneCounselling;
    public Boolean videoCounselling;
    public Boolean chatCounselling;
    public Boolean freeOfCharge;
    public String feesDescription;
    public String applicationProcess;
    public String interpretationServices;
    public String alert;
    public List<Long> areaTerritoryIds = new ArrayList<>();
    public List<Language> languages = new ArrayList<>();
    public List<Phone> phones = new ArrayList<>();
    public List<Contact> contacts = new ArrayList<>();
    public List<Cost> costOptions = new ArrayList<>();
    public List<Schedule> schedules = new ArrayList<>();
    public List<Site> sites = new ArrayList<>();
    public boolean exampleData;
    public String sourceNote;

    /** A language row. */
    public static class Language {
        public String code;
        public String note;
        public boolean remove;
    }

    /** A phone row. */
    public static class Phone {
        public String number;
        public String extension;
        public String type;
        public String description;
        public boolean exampleData;
        public boolean remove;
    }

    /** A contact row. */
    public static class Contact {
        public String name;
        public String title;
        public String department;
        public String email;
        public boolean exampleData;
        public boolean remove;
    }

    /** A cost row. */
    public static class Cost {
        public String option;
        public BigDecimal amount;
        public String amountDescription;
        public boolean remove;
    }

    /**
     * A consultation-hours row: weekly or monthly on weekdays ({@code days}; monthly in week {@code weekOfMonth}, e.g.
     * 2 or -1), once, or a closure.
     */
    public static class Schedule {
        public String kind;
        public String freq = "WEEKLY";
        public Integer interval = 1;
        public List<String> days = new ArrayList<>();
        public Integer weekOfMonth;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate dtstart;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate validFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate validTo;

        @DateTimeFormat(pattern = "HH:mm")
        public LocalTime opensAt;

        @DateTimeFormat(pattern = "HH:mm")
        public LocalTime closesAt;

        public boolean skipSchoolHolidays;
        public boolean skipPublicHolidays = true;
        public String attendingType;
        public String description;
        public String notes;
        public boolean exampleData;
        public boolean remove;

        /** Kept as they came (e.g. from an HSDS import): the form has no inputs for them, only hidden fields. */
        public String bymonthday;

        public String holidayRegion = "NI";
        public String scheduleLink;
    }

    /** A place the service is offered at: an existing place or a new one, with its consultation hours. */
    public static class Site {
        public String locationId;
        public String description;
        public Place newPlace = new Place();
        public List<Schedule> schedules = new ArrayList<>();
        public boolean remove;
    }

    /** The essentials of a new place entered with the service (everything else on the place's own page). */
    public static class Place {
        public String name;
        public String facilityType;
        public String address1;
        public String postalCode;
        public String city;
        public BigDecimal latitude;
        public BigDecimal longitude;
        public Long territoryId;
        public Boolean stepFreeAccess;
        public Boolean accessibleToilet;
        public boolean exampleData;
    }
}
