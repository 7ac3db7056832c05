package de.lotse.organisation.web;

import de.lotse.organisation.Body;
import de.lotse.organisation.BodyDraft;
import de.lotse.organisation.BodyKind;
import de.lotse.organisation.BodyMember;
import java.util.ArrayList;
import java.util.List;

/**
 * The body form as the browser sends it, including its member organisations as rows of organisation and role. A
 * row without an organisation is an empty row and is left out; the form always offers a few empty rows, so that
 * members can be added without JavaScript.
 */
public class BodyForm {

    static final int EMPTY_ROWS = 3;

    private String key;
    private String name;
    private String shortName;
    private String kind;
    private Long territoryId;
    private Long convenorId;
    private String description;
    private boolean exampleData;
    private String sourceNote;
    private Long version;
    private List<MemberRow> members = new ArrayList<>();

    static BodyForm of(Body b, List<BodyMember> members) {
        BodyForm form = new BodyForm();
        form.key = b.key();
        form.name = b.name();
        form.shortName = b.shortName();
        form.kind = b.kind().name();
        form.territoryId = b.territoryId();
        form.convenorId = b.convenorId();
        form.description = b.description();
        form.exampleData = b.exampleData();
        form.sourceNote = b.sourceNote();
        form.version = b.version();
        members.forEach(m -> form.members.add(new MemberRow(m.organisationId(), m.role())));
        return form;
    }

    BodyDraft draft() {
        return new BodyDraft(
                key == null ? null : key.strip(),
                name,
                shortName,
                Choices.parse(BodyKind.class, kind),
                territoryId,
                convenorId,
                description,
                exampleData,
                sourceNote);
    }

    /** The filled rows as members (roles stripped, blank roles unknown). */
    List<BodyMember> bodyMembers() {
        return members.stream()
                .filter(r -> r.getOrganisationId() != null)
                .map(r -> new BodyMember(
                        r.getOrganisationId(),
                        r.getRole() == null || r.getRole().isBlank()
                                ? null
                                : r.getRole().strip()))
                .toList();
    }

    /** Drops empty rows and adds {@link #EMPTY_ROWS} new ones at the end. */
    void padMembers() {
        members = new ArrayList<>(members.stream()
                .filter(r -> r.getOrganisationId() != null
                        || (r.getRole() != null && !r.getRole().isBlank()))
                .toList());
        for (int i = 0; i < EMPTY_ROWS; i++) {
            members.add(new MemberRow(null, null));
        }
    }

    /** One row of the member table. */
    public static class MemberRow {
        private Long organisationId;
        private String role;

        public MemberRow() {}

        MemberRow(Long organisationId, String role) {
            this.organisationId = organisationId;
            this.role = role;
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public Long getConvenorId() {
        return convenorId;
    }

    public void setConvenorId(Long convenorId) {
        this.convenorId = convenorId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isExampleData() {
        return exampleData;
    }

    public void setExampleData(boolean exampleData) {
        this.exampleData = exampleData;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public void setSourceNote(String sourceNote) {
        this.sourceNote = sourceNote;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }
}
