package de.lotse.directory.web;

import de.lotse.directory.FacilityType;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.LocationType;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.TerritoryAssignment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The planners' place form (public fields, direct field access). {@code assignment} AUTOMATIC finds the municipality
 * from the coordinates; CHOSEN uses {@code territoryId}.
 */
public class LocationForm {

    public Long version;
    public String name;
    public String alternateName;
    public String description;
    public Long organisationId;
    public String facilityType;
    public String url;
    public String email;
    public BigDecimal latitude;
    public BigDecimal longitude;
    public String assignment = "AUTOMATIC";
    public Long territoryId;
    public String address1;
    public String address2;
    public String postalCode;
    public String city;
    public String transportation;
    public Boolean stepFreeAccess;
    public Boolean accessibleToilet;
    public Boolean inductionLoop;
    public Boolean signLanguage;
    public Boolean easyLanguage;
    public String accessibilityDetails;
    public List<ServiceForm.Phone> phones = new ArrayList<>();
    public boolean exampleData;
    public String sourceNote;

    static LocationForm of(StoredLocation l) {
        LocationDraft d = l.content();
        LocationForm f = new LocationForm();
        f.version = l.version();
        f.name = d.name();
        f.alternateName = d.alternateName();
        f.description = d.description();
        f.organisationId = d.organisationId();
        f.facilityType = d.facilityType().name();
        f.url = d.url();
        f.email = d.email();
        f.latitude = d.latitude();
        f.longitude = d.longitude();
        f.assignment = l.territoryAssignment() == TerritoryAssignment.CHOSEN ? "CHOSEN" : "AUTOMATIC";
        f.territoryId = d.territoryId();
        f.address1 = d.address1();
        f.address2 = d.address2();
        f.postalCode = d.postalCode();
        f.city = d.city();
        f.transportation = d.transportation();
        f.stepFreeAccess = d.stepFreeAccess();
        f.accessibleToilet = d.accessibleToilet();
        f.inductionLoop = d.inductionLoop();
        f.signLanguage = d.signLanguage();
        f.easyLanguage = d.easyLanguage();
        f.accessibilityDetails = d.accessibilityDetails();
        d.phones().forEach(p -> {
            ServiceForm.Phone row = new ServiceForm.Phone();
            row.number = p.number();
            row.extension = p.extension();
            row.type = p.type();
            row.description = p.description();
            row.exampleData = p.exampleData();
            f.phones.add(row);
        });
        f.exampleData = d.exampleData();
        f.sourceNote = d.sourceNote();
        return f;
    }

    /** The draft; with the paths of its phone rows (draft index → form index). */
    LocationDraft draft(List<Integer> phoneRows) {
        List<ServiceDraft.PhoneDraft> list = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            ServiceForm.Phone p = phones.get(i);
            if (p != null && !p.remove && !ServiceForms.blank(p.number, p.extension, p.description)) {
                phoneRows.add(i);
                list.add(new ServiceDraft.PhoneDraft(
                        ServiceForms.trim(p.number),
                        ServiceForms.trim(p.extension),
                        ServiceForms.trim(p.type),
                        ServiceForms.trim(p.description),
                        p.exampleData));
            }
        }
        FacilityType type = facility(facilityType);
        return new LocationDraft(
                null,
                organisationId,
                ServiceForms.trim(name),
                ServiceForms.trim(alternateName),
                ServiceForms.trim(description),
                type == FacilityType.ONLINE ? LocationType.VIRTUAL : LocationType.PHYSICAL,
                type,
                ServiceForms.trim(url),
                ServiceForms.trim(email),
                latitude,
                longitude,
                "CHOSEN".equals(assignment) ? territoryId : null,
                null,
                ServiceForms.trim(address1),
                ServiceForms.trim(address2),
                ServiceForms.trim(postalCode),
                ServiceForms.trim(city),
                null,
                null,
                ServiceForms.trim(transportation),
                stepFreeAccess,
                accessibleToilet,
                inductionLoop,
                signLanguage,
                easyLanguage,
                ServiceForms.trim(accessibilityDetails),
                list,
                exampleData,
                ServiceForms.trim(sourceNote));
    }

    static FacilityType facility(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FacilityType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
