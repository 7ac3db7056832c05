package de.lotse.organisation.web;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.ProviderType;

/**
 * The organisation form as the browser sends it: texts as typed, choices as enum names. {@link #draft()} turns it
 * into a draft; choices that are no enum value become {@code null} and are reported by the draft's checks.
 */
public class OrganisationForm {

    private String key;
    private String name;
    private String shortName;
    private String kind;
    private String providerType;
    private Long parentId;
    private Long territoryId;
    private String description;
    private String website;
    private String email;
    private String phone;
    private boolean exampleData;
    private String sourceNote;
    private Long version;

    static OrganisationForm of(Organisation o) {
        OrganisationForm form = new OrganisationForm();
        form.key = o.key();
        form.name = o.name();
        form.shortName = o.shortName();
        form.kind = o.kind().name();
        form.providerType = o.providerType() == null ? null : o.providerType().name();
        form.parentId = o.parentId();
        form.territoryId = o.territoryId();
        form.description = o.description();
        form.website = o.website();
        form.email = o.email();
        form.phone = o.phone();
        form.exampleData = o.exampleData();
        form.sourceNote = o.sourceNote();
        form.version = o.version();
        return form;
    }

    OrganisationDraft draft() {
        return new OrganisationDraft(
                key == null ? null : key.strip(),
                name,
                shortName,
                Choices.parse(OrganisationKind.class, kind),
                Choices.parse(ProviderType.class, providerType),
                parentId,
                territoryId,
                description,
                website,
                email,
                phone,
                exampleData,
                sourceNote);
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

    public String getProviderType() {
        return providerType;
    }

    public void setProviderType(String providerType) {
        this.providerType = providerType;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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
}
