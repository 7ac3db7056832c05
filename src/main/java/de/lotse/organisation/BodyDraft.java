package de.lotse.organisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of a body to create or to change; {@link #problems()} names every invalid field.
 *
 * @param key stable slug (lower-case letters, digits, single hyphens); ignored by updates
 * @param name full name, required
 * @param shortName short name, optional
 * @param kind what kind of body it is, required
 * @param territoryId the territory it belongs to, optional
 * @param convenorId the organisation that convenes it, optional
 * @param description a short description, optional
 * @param exampleData whether (some of) the content is not from a real source
 * @param sourceNote where the body is named, optional
 */
public record BodyDraft(
        String key,
        String name,
        String shortName,
        BodyKind kind,
        Long territoryId,
        Long convenorId,
        String description,
        boolean exampleData,
        String sourceNote) {

    /** A draft with the required fields only. */
    public static BodyDraft of(String key, String name, BodyKind kind) {
        return new BodyDraft(key, name, null, kind, null, null, null, false, null);
    }

    /** The content of a stored body, e.g. to change some of its fields. */
    public static BodyDraft of(Body b) {
        return new BodyDraft(
                b.key(),
                b.name(),
                b.shortName(),
                b.kind(),
                b.territoryId(),
                b.convenorId(),
                b.description(),
                b.exampleData(),
                b.sourceNote());
    }

    /** This draft with another key (updates keep the stored key). */
    BodyDraft withKey(String newKey) {
        return new BodyDraft(
                newKey, name, shortName, kind, territoryId, convenorId, description, exampleData, sourceNote);
    }

    /** The names of the fields whose content differs from the stored body (the key is not compared). */
    public List<String> changedFields(Body current) {
        List<String> changed = new ArrayList<>();
        OrganisationDraft.compare(changed, "name", name, current.name());
        OrganisationDraft.compare(changed, "shortName", shortName, current.shortName());
        OrganisationDraft.compare(changed, "kind", kind, current.kind());
        OrganisationDraft.compare(changed, "territoryId", territoryId, current.territoryId());
        OrganisationDraft.compare(changed, "convenorId", convenorId, current.convenorId());
        OrganisationDraft.compare(changed, "description", description, current.description());
        OrganisationDraft.compare(changed, "exampleData", exampleData, current.exampleData());
        OrganisationDraft.compare(changed, "sourceNote", sourceNote, current.sourceNote());
        return changed;
    }

    /** Field name → problem, in form order; empty when the draft is valid. */
    public List<OrganisationDraft.FieldProblem> problems() {
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>();
        OrganisationDraft.keyProblem(key).ifPresent(problems::add);
        if (name == null || name.isBlank() || name.length() > 300) {
            problems.add(
                    new OrganisationDraft.FieldProblem("name", "name.required", "required, at most 300 characters"));
        }
        if (shortName != null && shortName.length() > 100) {
            problems.add(new OrganisationDraft.FieldProblem("shortName", "shortName.length", "at most 100 characters"));
        }
        if (kind == null) {
            problems.add(new OrganisationDraft.FieldProblem("kind", "kind.required", "required"));
        }
        if (sourceNote != null && sourceNote.length() > 500) {
            problems.add(
                    new OrganisationDraft.FieldProblem("sourceNote", "sourceNote.length", "at most 500 characters"));
        }
        return problems;
    }
}
