package de.lotse.directory.hsds;

import de.lotse.directory.Taxonomy;
import de.lotse.indicator.LifeStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The attributes of an imported service, read against the known vocabularies: a term is found by its id, or by its
 * code in a known taxonomy (by the taxonomy's id, key or name). Categories, target groups and fields of action become
 * the draft's code lists (each remembering the attribute's path), life stages the life stage list; terms that are not
 * known are problems, since the import does not create vocabularies.
 */
final class HsdsImportTerms {

    private final Map<UUID, HsdsTaxonomies.KnownTerm> byId = new HashMap<>();
    private final Map<String, HsdsTaxonomies.KnownTerm> byTaxonomyAndCode = new HashMap<>();
    private final Map<UUID, String> taxonomyKeys = new HashMap<>();

    HsdsImportTerms(List<HsdsTaxonomies.KnownTerm> known) {
        for (HsdsTaxonomies.KnownTerm term : known) {
            byId.put(term.term().id(), term);
            taxonomyKeys.put(term.term().taxonomyId(), term.taxonomyKey());
            byTaxonomyAndCode.put(term.taxonomyKey() + "|" + term.term().code(), term);
            byTaxonomyAndCode.put(
                    term.term().taxonomy().toLowerCase(Locale.ROOT) + "|"
                            + term.term().code(),
                    term);
        }
    }

    boolean knowsTaxonomy(HsdsModel.Taxonomy taxonomy) {
        return taxonomyKeys.containsKey(taxonomy.id())
                || byTaxonomyAndCode.keySet().stream()
                        .anyMatch(k -> taxonomy.name() != null
                                && k.startsWith(taxonomy.name().toLowerCase(Locale.ROOT) + "|"));
    }

    /** The known term an imported term names (by id, else by taxonomy and code); null if none. */
    HsdsTaxonomies.KnownTerm find(UUID id, HsdsModel.TaxonomyTerm term) {
        if (id != null && byId.containsKey(id)) {
            return byId.get(id);
        }
        if (term == null) {
            return null;
        }
        if (term.id() != null && byId.containsKey(term.id())) {
            return byId.get(term.id());
        }
        if (term.code() == null) {
            return null;
        }
        String taxonomy = term.taxonomyId() != null && taxonomyKeys.containsKey(term.taxonomyId())
                ? taxonomyKeys.get(term.taxonomyId())
                : term.taxonomy() == null ? null : term.taxonomy().toLowerCase(Locale.ROOT);
        return taxonomy == null ? null : byTaxonomyAndCode.get(taxonomy + "|" + term.code());
    }

    /** What the attributes of a service say, sorted into the draft's lists and the profile values. */
    static final class Read {
        final List<String> categories = new ArrayList<>();
        final List<String> audiences = new ArrayList<>();
        final List<String> fieldsOfAction = new ArrayList<>();
        final List<LifeStage> lifeStages = new ArrayList<>();
        final Map<String, String> profile = new HashMap<>();
    }

    Read read(String path, List<HsdsModel.Attribute> attributes, HsdsImportReport.Problems problems) {
        Read read = new Read();
        if (attributes == null) {
            return read;
        }
        for (int i = 0; i < attributes.size(); i++) {
            HsdsModel.Attribute a = attributes.get(i);
            String at = path + "attributes[" + i + "]";
            HsdsTaxonomies.KnownTerm term = find(a.taxonomyTermId(), a.taxonomyTerm());
            if (term == null && a.taxonomyTermId() == null && a.taxonomyTerm() == null && a.linkType() != null) {
                read.profile.put(a.linkType(), a.value());
                continue;
            }
            if (term == null) {
                String named = a.taxonomyTerm() != null && a.taxonomyTerm().code() != null
                        ? "'" + a.taxonomyTerm().code() + "'"
                        : String.valueOf(a.taxonomyTermId());
                problems.add(
                        at + ".taxonomy_term_id",
                        "unknown taxonomy term " + named,
                        "Unbekannter Begriff " + named + " (der Import legt keine Vokabulare an)");
                continue;
            }
            sort(at, a, term, read, problems);
        }
        return read;
    }

    private static void sort(
            String at,
            HsdsModel.Attribute a,
            HsdsTaxonomies.KnownTerm term,
            Read read,
            HsdsImportReport.Problems problems) {
        String code = term.term().code();
        switch (term.taxonomyKey()) {
            case HsdsTaxonomies.PROFILE -> read.profile.put(HsdsTaxonomies.linkType(code), a.value());
            case HsdsTaxonomies.LIFE_STAGES -> read.lifeStages.add(LifeStage.valueOf(code));
            case Taxonomy.CATEGORIES -> read.categories.add(code);
            case Taxonomy.AUDIENCES -> read.audiences.add(code);
            case Taxonomy.FIELDS_OF_ACTION -> read.fieldsOfAction.add(code);
            default -> {
                String link = a.linkType() == null ? "" : a.linkType();
                switch (link) {
                    case "category" -> read.categories.add(code);
                    case "audience" -> read.audiences.add(code);
                    case "field_of_action" -> read.fieldsOfAction.add(code);
                    default ->
                        problems.add(
                                at + ".link_type",
                                "term '" + code + "' of taxonomy " + term.taxonomyKey()
                                        + " needs link_type category, audience or field_of_action",
                                "Begriff „" + code + "“ braucht link_type category, audience oder field_of_action");
                }
            }
        }
    }
}
