package de.lotse.organisation;

import java.util.ArrayList;
import java.util.List;

/** The content of a body to create or to change; {@link #problems()} names every invalid field. */
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

    public List<OrganisationDraft.FieldProblem> problems() {
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>();
        if (key == null
                || key.length() > 80
                || !OrganisationDraft.KEY.matcher(key).matches()) {
            problems.add(new OrganisationDraft.FieldProblem(
                    "key", "lower-case letters, digits and single hyphens, at most 80"));
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            problems.add(new OrganisationDraft.FieldProblem("name", "required, at most 300 characters"));
        }
        if (shortName != null && shortName.length() > 100) {
            problems.add(new OrganisationDraft.FieldProblem("shortName", "at most 100 characters"));
        }
        if (kind == null) {
            problems.add(new OrganisationDraft.FieldProblem("kind", "required"));
        }
        return problems;
    }
}
