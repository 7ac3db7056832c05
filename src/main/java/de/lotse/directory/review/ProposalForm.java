package de.lotse.directory.review;

import de.lotse.directory.ServiceDraft;
import de.lotse.directory.ServiceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The proposal form as the browser sends it: texts as typed, yes/no/unknown as {@code "true"}, {@code "false"} or
 * empty, dates and times in ISO form. {@link #toDraft} turns it into a service draft on top of the stored draft, so
 * that everything the form does not show (translations, areas, costs, contacts, life stages, ...) stays as it was.
 */
public class ProposalForm {

    public Long organisationId;
    public String name;
    public String alternateName;
    public String description;
    public String status;
    public String url;
    public String email;
    public String applicationProcess;
    public String feesDescription;
    public String eligibilityDescription;
    public String minimumAge;
    public String maximumAge;
    public String freeOfCharge;
    public String anonymous;
    public String outreach;
    public String phoneCounselling;
    public String videoCounselling;
    public String chatCounselling;
    public String textLanguage;
    public String languages;
    public List<String> categoryCodes = new ArrayList<>();
    public List<String> audienceCodes = new ArrayList<>();
    public List<ProposalFormRows.PhoneRow> phones = new ArrayList<>();
    public List<ProposalSiteRow> sites = new ArrayList<>();
    public Long version;

    static ProposalForm of(ServiceDraft d) {
        ProposalForm f = new ProposalForm();
        f.organisationId = d.organisationId();
        f.name = d.name();
        f.alternateName = d.alternateName();
        f.description = d.description();
        f.status = d.status().name();
        f.url = d.url();
        f.email = d.email();
        f.applicationProcess = d.applicationProcess();
        f.feesDescription = d.feesDescription();
        f.eligibilityDescription = d.eligibilityDescription();
        f.minimumAge = d.minimumAge() == null ? null : d.minimumAge().toString();
        f.maximumAge = d.maximumAge() == null ? null : d.maximumAge().toString();
        f.freeOfCharge = tri(d.freeOfCharge());
        f.anonymous = tri(d.anonymous());
        f.outreach = tri(d.outreach());
        f.phoneCounselling = tri(d.phoneCounselling());
        f.videoCounselling = tri(d.videoCounselling());
        f.chatCounselling = tri(d.chatCounselling());
        f.textLanguage = d.textLanguage();
        f.languages = String.join(
                ", ",
                d.languages().stream().map(ServiceDraft.LanguageDraft::code).toList());
        f.categoryCodes = new ArrayList<>(d.categoryCodes());
        f.audienceCodes = new ArrayList<>(d.audienceCodes());
        for (int i = 0; i < d.phones().size(); i++) {
            f.phones.add(ProposalFormRows.PhoneRow.of(d.phones().get(i), i));
        }
        for (int i = 0; i < d.sites().size(); i++) {
            f.sites.add(ProposalSiteRow.of(d.sites().get(i), i));
        }
        return f;
    }

    /** An empty form for a new service of this organisation, with one empty place. */
    static ProposalForm empty(Long organisationId) {
        ProposalForm f = new ProposalForm();
        f.organisationId = organisationId;
        f.status = ServiceStatus.ACTIVE.name();
        f.textLanguage = "de";
        f.languages = "de";
        ProposalSiteRow site = new ProposalSiteRow();
        site.schedules.add(new ProposalScheduleRow());
        f.sites.add(site);
        return f;
    }

    /**
     * Adds or removes a row: {@code addPhone}, {@code removePhone-1}, {@code addSite}, {@code removeSite-0},
     * {@code addSchedule-0} (at place 0), {@code removeSchedule-0-2}. Returns false for an unknown action.
     */
    boolean applyRowAction(String action) {
        String[] parts = action.split("-");
        try {
            switch (parts[0]) {
                case "addPhone" -> phones.add(new ProposalFormRows.PhoneRow());
                case "removePhone" -> phones.remove(Integer.parseInt(parts[1]));
                case "addSite" -> {
                    ProposalSiteRow site = new ProposalSiteRow();
                    site.schedules.add(new ProposalScheduleRow());
                    sites.add(site);
                }
                case "removeSite" -> sites.remove(Integer.parseInt(parts[1]));
                case "addSchedule" ->
                    sites.get(Integer.parseInt(parts[1])).schedules.add(new ProposalScheduleRow());
                case "removeSchedule" ->
                    sites.get(Integer.parseInt(parts[1])).schedules.remove(Integer.parseInt(parts[2]));
                default -> {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return true;
    }

    /** The draft on top of {@code base} (null for a new service); problems are collected by field path. */
    ServiceDraft toDraft(ServiceDraft base, long organisation, ProposalFormProblems p) {
        ServiceStatus s = p.choice("status", status, ServiceStatus.class, false);
        Integer min = p.integer("minimumAge", minimumAge, 0, 130);
        Integer max = p.integer("maximumAge", maximumAge, 0, 130);
        if (min != null && max != null && min > max) {
            p.add("maximumAge", "belowMinimum");
        }
        if (isBlank(name)) {
            p.add("name", "required");
        }
        List<ServiceDraft.LanguageDraft> langs = new ArrayList<>();
        for (String code : (languages == null ? "" : languages).split("[,;\\s]+")) {
            String c = code.strip().toLowerCase(Locale.ROOT);
            if (c.isEmpty()) {
                continue;
            }
            if (!c.matches("[a-z]{2,3}")) {
                p.add("languages", "invalid");
            } else if (langs.stream().noneMatch(l -> l.code().equals(c))) {
                String note = base == null
                        ? null
                        : base.languages().stream()
                                .filter(l -> l.code().equals(c))
                                .findFirst()
                                .map(ServiceDraft.LanguageDraft::note)
                                .orElse(null);
                langs.add(new ServiceDraft.LanguageDraft(c, note));
            }
        }
        List<ServiceDraft.PhoneDraft> phoneDrafts = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            ProposalFormRows.PhoneRow row = phones.get(i);
            if (row.blank()) {
                continue;
            }
            if (isBlank(row.number)) {
                p.add("phones[" + i + "].number", "required");
            }
            ServiceDraft.PhoneDraft old = pick(base == null ? null : base.phones(), row.baseIndex);
            phoneDrafts.add(new ServiceDraft.PhoneDraft(
                    trim(row.number),
                    old == null ? null : old.extension(),
                    old == null ? "voice" : old.type(),
                    trim(row.description),
                    old != null && old.exampleData()));
        }
        List<ServiceDraft.SiteDraft> siteDrafts = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            ProposalSiteRow row = sites.get(i);
            if (!row.blank()) {
                siteDrafts.add(row.toDraft(
                        "sites[" + i + "]", pick(base == null ? null : base.sites(), row.baseIndex), organisation, p));
            }
        }
        return new ServiceDraft(
                base == null ? null : base.id(),
                organisation,
                trim(name),
                trim(alternateName),
                trim(description),
                s,
                trim(url),
                trim(email),
                base == null ? null : base.interpretationServices(),
                trim(applicationProcess),
                trim(feesDescription),
                p.tri(freeOfCharge),
                trim(eligibilityDescription),
                min,
                max,
                p.tri(anonymous),
                p.tri(outreach),
                p.tri(phoneCounselling),
                p.tri(videoCounselling),
                p.tri(chatCounselling),
                base == null ? null : base.alert(),
                isBlank(textLanguage) ? "de" : textLanguage.strip().toLowerCase(Locale.ROOT),
                categoryCodes.stream().filter(c -> !isBlank(c)).distinct().toList(),
                audienceCodes.stream().filter(c -> !isBlank(c)).distinct().toList(),
                base == null ? List.of() : base.fieldOfActionCodes(),
                base == null ? List.of() : base.lifeStages(),
                langs,
                phoneDrafts,
                base == null ? List.of() : base.contacts(),
                base == null ? List.of() : base.areas(),
                base == null ? List.of() : base.costOptions(),
                base == null ? List.of() : base.schedules(),
                siteDrafts,
                base == null ? List.of() : base.translations(),
                base != null && base.exampleData(),
                base == null ? null : base.sourceNote());
    }

    static <T> T pick(List<T> list, Integer index) {
        return list == null || index == null || index < 0 || index >= list.size() ? null : list.get(index);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return isBlank(s) ? null : s.strip();
    }

    static String tri(Boolean b) {
        return b == null ? "" : b.toString();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
