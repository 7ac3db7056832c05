package de.lotse.directory.review;

import de.lotse.directory.FacilityType;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.LocationType;
import de.lotse.directory.ServiceDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A place where the service is offered (a row of the proposal form), with its consultation hours. */
public class ProposalSiteRow {
    public Integer baseIndex;
    /** An existing place, or empty for a new one described below. */
    public String locationId;

    public String description;
    public String newName;
    public String newFacilityType;
    public String newAddress;
    public String newPostalCode;
    public String newCity;
    public String newLatitude;
    public String newLongitude;
    public String newStepFreeAccess;
    public String newAccessibleToilet;
    public List<ProposalScheduleRow> schedules = new ArrayList<>();

    static ProposalSiteRow of(ServiceDraft.SiteDraft s, int index) {
        ProposalSiteRow row = new ProposalSiteRow();
        row.baseIndex = index;
        row.locationId = s.locationId() == null ? null : s.locationId().toString();
        row.description = s.description();
        LocationDraft l = s.newLocation();
        if (l != null) {
            row.newName = l.name();
            row.newFacilityType =
                    l.facilityType() == null ? null : l.facilityType().name();
            row.newAddress = l.address1();
            row.newPostalCode = l.postalCode();
            row.newCity = l.city();
            row.newLatitude = l.latitude() == null ? null : l.latitude().toPlainString();
            row.newLongitude = l.longitude() == null ? null : l.longitude().toPlainString();
            row.newStepFreeAccess = ProposalForm.tri(l.stepFreeAccess());
            row.newAccessibleToilet = ProposalForm.tri(l.accessibleToilet());
        }
        for (int i = 0; i < s.schedules().size(); i++) {
            row.schedules.add(ProposalScheduleRow.of(s.schedules().get(i), i));
        }
        return row;
    }

    boolean blank() {
        return ProposalForm.isBlank(locationId)
                && ProposalForm.isBlank(newName)
                && ProposalForm.isBlank(description)
                && ProposalForm.isBlank(newAddress)
                && ProposalForm.isBlank(newCity)
                && schedules.stream().allMatch(ProposalScheduleRow::blank);
    }

    /** The place with its hours, or a place with problems named under {@code path}. */
    ServiceDraft.SiteDraft toDraft(String path, ServiceDraft.SiteDraft old, long organisation, ProposalFormProblems p) {
        ProposalSiteRow row = this;
        UUID locationId = null;
        LocationDraft location = null;
        if (!ProposalForm.isBlank(row.locationId)) {
            try {
                locationId = UUID.fromString(row.locationId.strip());
            } catch (IllegalArgumentException e) {
                p.add(path + ".locationId", "invalid");
            }
        } else {
            location = newLocation(path, row, old == null ? null : old.newLocation(), organisation, p);
        }
        List<de.lotse.directory.ScheduleDraft> schedules = new ArrayList<>();
        for (int j = 0; j < row.schedules.size(); j++) {
            ProposalScheduleRow s = row.schedules.get(j);
            if (s.blank()) {
                continue;
            }
            var draft = s.toDraft(
                    path + ".schedules[" + j + "]",
                    ProposalForm.pick(old == null ? null : old.schedules(), s.baseIndex),
                    p);
            if (draft != null) {
                schedules.add(draft);
            }
        }
        boolean samePlace = old != null && locationId != null && locationId.equals(old.locationId());
        return new ServiceDraft.SiteDraft(
                samePlace ? old.id() : null,
                locationId,
                location,
                ProposalForm.trim(row.description),
                schedules,
                old == null ? List.of() : old.phones(),
                old == null ? List.of() : old.contacts());
    }

    private static LocationDraft newLocation(
            String path, ProposalSiteRow row, LocationDraft old, long organisation, ProposalFormProblems p) {
        if (ProposalForm.isBlank(row.newName)) {
            p.add(path + ".newName", "required");
        }
        FacilityType facility = p.choice(path + ".newFacilityType", row.newFacilityType, FacilityType.class, true);
        BigDecimal lat = p.decimal(path + ".newLatitude", row.newLatitude);
        BigDecimal lon = p.decimal(path + ".newLongitude", row.newLongitude);
        if ((lat == null) != (lon == null)) {
            p.add(lat == null ? path + ".newLatitude" : path + ".newLongitude", "bothCoordinates");
        }
        return new LocationDraft(
                null,
                organisation,
                ProposalForm.trim(row.newName),
                old == null ? null : old.alternateName(),
                old == null ? null : old.description(),
                facility == FacilityType.ONLINE ? LocationType.VIRTUAL : LocationType.PHYSICAL,
                facility,
                old == null ? null : old.url(),
                old == null ? null : old.email(),
                lat,
                lon,
                old == null ? null : old.territoryId(),
                old == null ? null : old.socialSpaceId(),
                ProposalForm.trim(row.newAddress),
                old == null ? null : old.address2(),
                ProposalForm.trim(row.newPostalCode),
                ProposalForm.trim(row.newCity),
                old == null ? null : old.stateProvince(),
                old == null ? null : old.country(),
                old == null ? null : old.transportation(),
                p.tri(row.newStepFreeAccess),
                p.tri(row.newAccessibleToilet),
                old == null ? null : old.inductionLoop(),
                old == null ? null : old.signLanguage(),
                old == null ? null : old.easyLanguage(),
                old == null ? null : old.accessibilityDetails(),
                old == null ? List.of() : old.phones(),
                old != null && old.exampleData(),
                old == null ? null : old.sourceNote());
    }
}
