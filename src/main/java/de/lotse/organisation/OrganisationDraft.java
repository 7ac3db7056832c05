package de.lotse.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The content of an organisation to create or to change. {@link #problems()} names every invalid field; the
 * services refuse a draft with problems.
 */
public record OrganisationDraft(
        String key,
        String name,
        String shortName,
        OrganisationKind kind,
        ProviderType providerType,
        Long parentId,
        Long territoryId,
        String description,
        String website,
        String email,
        String phone,
        boolean exampleData,
        String sourceNote) {

    static final Pattern KEY = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A draft with the required fields only. */
    public static OrganisationDraft of(String key, String name, OrganisationKind kind) {
        return new OrganisationDraft(key, name, null, kind, null, null, null, null, null, null, null, false, null);
    }

    /** Field name → problem, in form order; empty when the draft is valid. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (key == null || key.length() > 80 || !KEY.matcher(key).matches()) {
            problems.add(new FieldProblem("key", "lower-case letters, digits and single hyphens, at most 80"));
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            problems.add(new FieldProblem("name", "required, at most 300 characters"));
        }
        if (shortName != null && shortName.length() > 100) {
            problems.add(new FieldProblem("shortName", "at most 100 characters"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "required"));
        }
        if (website != null
                && !website.isBlank()
                && !(website.startsWith("https://") || website.startsWith("http://"))) {
            problems.add(new FieldProblem("website", "must start with https:// or http://"));
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "not an e-mail address"));
        }
        if (phone != null && phone.length() > 60) {
            problems.add(new FieldProblem("phone", "at most 60 characters"));
        }
        return problems;
    }

    /** One invalid field of a draft. */
    public record FieldProblem(String field, String message) {}
}
