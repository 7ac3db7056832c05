package de.lotse.directory.hsds;

import de.lotse.indicator.LifeStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The taxonomies of the HSDS interface: the stored vocabularies of the directory (counselling categories, target
 * groups, fields of action) plus the two the German profile adds without storing them: life stages
 * ({@value #LIFE_STAGES}, the codes of {@link LifeStage}) and the profile's flags and values ({@value #PROFILE}, e.g.
 * {@code example-data}, {@code ags}, {@code step-free-access}). Their ids are name-based ({@link HsdsIds}).
 */
@Component
class HsdsTaxonomies {

    static final String LIFE_STAGES = "lotse-lebensphase";
    static final String PROFILE = "lotse-profil";

    private static final Map<LifeStage, String> LIFE_STAGE_NAMES = new LinkedHashMap<>();
    /** Profile term code → German name; the attribute link_type is the code with '_' for '-'. */
    static final Map<String, String> PROFILE_TERMS = new LinkedHashMap<>();

    static {
        LIFE_STAGE_NAMES.put(LifeStage.PREGNANCY_BIRTH, "Schwangerschaft und Geburt");
        LIFE_STAGE_NAMES.put(LifeStage.EARLY_HELP, "Frühe Hilfen (0–3 Jahre)");
        LIFE_STAGE_NAMES.put(LifeStage.CRECHE, "Krippe (unter 3)");
        LIFE_STAGE_NAMES.put(LifeStage.KITA, "Kita (3–6)");
        LIFE_STAGE_NAMES.put(LifeStage.PRIMARY_SCHOOL, "Grundschule");
        LIFE_STAGE_NAMES.put(LifeStage.SECONDARY_SCHOOL, "Weiterführende Schule");
        LIFE_STAGE_NAMES.put(LifeStage.TRANSITION_TO_WORK, "Übergang Schule – Beruf");
        LIFE_STAGE_NAMES.put(LifeStage.WORKING_AGE, "Erwerbsalter");
        LIFE_STAGE_NAMES.put(LifeStage.OLDER_PEOPLE, "Ältere Menschen");
        PROFILE_TERMS.put("example-data", "Beispieldaten (nicht aus einer Quelle belegt)");
        PROFILE_TERMS.put("source-note", "Quelle");
        PROFILE_TERMS.put("text-language", "Sprache der Texte");
        PROFILE_TERMS.put("free-of-charge", "Kostenfrei");
        PROFILE_TERMS.put("anonymous", "Anonyme Beratung möglich");
        PROFILE_TERMS.put("outreach", "Aufsuchende Beratung");
        PROFILE_TERMS.put("phone-counselling", "Telefonberatung");
        PROFILE_TERMS.put("video-counselling", "Videoberatung");
        PROFILE_TERMS.put("chat-counselling", "Chatberatung");
        PROFILE_TERMS.put("ags", "Amtlicher Gemeindeschlüssel des Ortes");
        PROFILE_TERMS.put("ars", "Amtlicher Regionalschlüssel des Ortes");
        PROFILE_TERMS.put("territory-assignment", "Zuordnung der Gemeinde (Punkt-in-Polygon oder gewählt)");
        PROFILE_TERMS.put("social-space", "Sozialraum");
        PROFILE_TERMS.put("facility-type", "Art des Ortes");
        PROFILE_TERMS.put("step-free-access", "Stufenloser Zugang");
        PROFILE_TERMS.put("accessible-toilet", "Barrierefreie Toilette");
        PROFILE_TERMS.put("induction-loop", "Induktionsschleife");
        PROFILE_TERMS.put("sign-language", "Gebärdensprache");
        PROFILE_TERMS.put("easy-language", "Leichte Sprache");
        PROFILE_TERMS.put("accessibility-details", "Weitere Hinweise zur Barrierefreiheit");
        PROFILE_TERMS.put("provider-type", "Trägerart (öffentlich, frei-gemeinnützig, privat, ehrenamtlich)");
        PROFILE_TERMS.put("organisation-kind", "Art der Organisation");
    }

    private static final String TERM_SELECT = """
            SELECT t.id, t.code, t.name, t.description, t.parent_id, t.term_uri, x.id AS taxonomy_id, x.key, x.name AS taxonomy_name
            FROM directory_taxonomy_term t JOIN directory_taxonomy x ON x.id = t.taxonomy_id
            """;

    private final JdbcClient jdbc;

    HsdsTaxonomies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A term with the key of its taxonomy (for mapping terms to the draft's code lists). */
    record KnownTerm(HsdsModel.TaxonomyTerm term, String taxonomyKey) {}

    /** Every taxonomy: the stored ones by name, then life stages and profile. */
    List<HsdsModel.Taxonomy> taxonomies() {
        List<HsdsModel.Taxonomy> all = new ArrayList<>(
                jdbc.sql("SELECT id, name, description, uri, version FROM directory_taxonomy ORDER BY name, id")
                        .query((rs, n) -> new HsdsModel.Taxonomy(
                                rs.getObject("id", UUID.class),
                                rs.getString("name"),
                                rs.getString("description"),
                                rs.getString("uri"),
                                rs.getString("version")))
                        .list());
        all.add(lifeStageTaxonomy());
        all.add(profileTaxonomy());
        return all;
    }

    Optional<HsdsModel.Taxonomy> taxonomy(UUID id) {
        return taxonomies().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every term: stored ones by taxonomy and position, then life stages and profile terms. */
    List<KnownTerm> terms() {
        List<KnownTerm> all = new ArrayList<>(jdbc.sql(TERM_SELECT + " ORDER BY x.name, t.position, t.code")
                .query((rs, n) -> new KnownTerm(
                        new HsdsModel.TaxonomyTerm(
                                rs.getObject("id", UUID.class),
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("description"),
                                rs.getObject("parent_id", UUID.class),
                                rs.getString("taxonomy_name"),
                                rs.getObject("taxonomy_id", UUID.class),
                                "de",
                                rs.getString("term_uri")),
                        rs.getString("key")))
                .list());
        LIFE_STAGE_NAMES.forEach((stage, name) -> all.add(new KnownTerm(lifeStageTerm(stage), LIFE_STAGES)));
        PROFILE_TERMS.keySet().forEach(code -> all.add(new KnownTerm(profileTerm(code), PROFILE)));
        return all;
    }

    Optional<KnownTerm> term(UUID id) {
        return terms().stream().filter(t -> t.term().id().equals(id)).findFirst();
    }

    static HsdsModel.Taxonomy lifeStageTaxonomy() {
        return new HsdsModel.Taxonomy(
                HsdsIds.taxonomy(LIFE_STAGES),
                "Lotse Lebensphasen",
                "Phasen des Lebenslaufs (Präventionskette), an die sich ein Angebot richtet; Codes von"
                        + " de.lotse.indicator.LifeStage.",
                null,
                "1");
    }

    static HsdsModel.Taxonomy profileTaxonomy() {
        return new HsdsModel.Taxonomy(
                HsdsIds.taxonomy(PROFILE),
                "Lotse Profilmerkmale",
                "Merkmale des deutschen Lotse-Profils von HSDS 3.0 (Beispieldaten, AGS, Barrierefreiheit,"
                        + " Beratungswege); als Attribut mit Wert an Angeboten, Orten und Organisationen.",
                null,
                "1");
    }

    static HsdsModel.TaxonomyTerm lifeStageTerm(LifeStage stage) {
        return new HsdsModel.TaxonomyTerm(
                HsdsIds.term(LIFE_STAGES, stage.name()),
                stage.name(),
                LIFE_STAGE_NAMES.get(stage),
                "Lebensphase „" + LIFE_STAGE_NAMES.get(stage) + "“",
                null,
                lifeStageTaxonomy().name(),
                HsdsIds.taxonomy(LIFE_STAGES),
                "de",
                null);
    }

    static HsdsModel.TaxonomyTerm profileTerm(String code) {
        String name = PROFILE_TERMS.get(code);
        if (name == null) {
            throw new IllegalArgumentException("no profile term " + code);
        }
        return new HsdsModel.TaxonomyTerm(
                HsdsIds.term(PROFILE, code),
                code,
                name,
                name,
                null,
                profileTaxonomy().name(),
                HsdsIds.taxonomy(PROFILE),
                "de",
                null);
    }

    /** The attribute {@code link_type} of a profile term: its code with underscores. */
    static String linkType(String profileCode) {
        return profileCode.replace('-', '_');
    }

    /** A profile attribute (flag or value) attached to a record; null when the value is not known. */
    static HsdsModel.Attribute profileAttribute(UUID linkId, String linkEntity, String code, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        HsdsModel.TaxonomyTerm term = profileTerm(code);
        return new HsdsModel.Attribute(
                HsdsIds.attribute(linkId, linkType(code)),
                linkId,
                term.id(),
                linkType(code),
                linkEntity,
                value.toString(),
                term);
    }
}
