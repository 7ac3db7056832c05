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

    /** Keys that are path segments of the pages ({@code /organisationen/neu}) and cannot name an entry. */
    static final java.util.Set<String> RESERVED_KEYS = java.util.Set.of("neu", "new");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A draft with the required fields only. */
    public static OrganisationDraft of(String key, String name, OrganisationKind kind) {
        return new OrganisationDraft(key, name, null, kind, null, null, null, null, null, null, null, false, null);
    }

    /** The content of a stored organisation, e.g. to change some of its fields. */
    public static OrganisationDraft of(Organisation o) {
        return new OrganisationDraft(
                o.key(),
                o.name(),
                o.shortName(),
                o.kind(),
                o.providerType(),
                o.parentId(),
                o.territoryId(),
                o.description(),
                o.website(),
                o.email(),
                o.phone(),
                o.exampleData(),
                o.sourceNote());
    }

    /** This draft with another key (updates keep the stored key). */
    OrganisationDraft withKey(String newKey) {
        return new OrganisationDraft(
                newKey,
                name,
                shortName,
                kind,
                providerType,
                parentId,
                territoryId,
                description,
                website,
                email,
                phone,
                exampleData,
                sourceNote);
    }

    /** The names of the fields whose content differs from the stored organisation (the key is not compared). */
    public List<String> changedFields(Organisation current) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", name, current.name());
        compare(changed, "shortName", shortName, current.shortName());
        compare(changed, "kind", kind, current.kind());
        compare(changed, "providerType", providerType, current.providerType());
        compare(changed, "parentId", parentId, current.parentId());
        compare(changed, "territoryId", territoryId, current.territoryId());
        compare(changed, "description", description, current.description());
        compare(changed, "website", website, current.website());
        compare(changed, "email", email, current.email());
        compare(changed, "phone", phone, current.phone());
        compare(changed, "exampleData", exampleData, current.exampleData());
        compare(changed, "sourceNote", sourceNote, current.sourceNote());
        return changed;
    }

    /** Adds {@code field} when the two values differ; blank texts count as empty, surrounding spaces are ignored. */
    static void compare(List<String> changed, String field, Object proposed, Object stored) {
        if (!java.util.Objects.equals(normal(proposed), normal(stored))) {
            changed.add(field);
        }
    }

    private static Object normal(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        return value;
    }

    /** Field name → problem, in form order; empty when the draft is valid. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        keyProblem(key).ifPresent(problems::add);
        if (name == null || name.isBlank() || name.length() > 300) {
            problems.add(new FieldProblem("name", "name.required", "required, at most 300 characters"));
        }
        if (shortName != null && shortName.length() > 100) {
            problems.add(new FieldProblem("shortName", "shortName.length", "at most 100 characters"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "kind.required", "required"));
        }
        if (website != null
                && !website.isBlank()
                && (website.length() > 500 || !(website.startsWith("https://") || website.startsWith("http://")))) {
            problems.add(new FieldProblem(
                    "website", "website.format", "must start with https:// or http://, at most 500 characters"));
        }
        if (email != null
                && !email.isBlank()
                && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "email.format", "not an e-mail address"));
        }
        if (phone != null && phone.length() > 60) {
            problems.add(new FieldProblem("phone", "phone.length", "at most 60 characters"));
        }
        if (sourceNote != null && sourceNote.length() > 500) {
            problems.add(new FieldProblem("sourceNote", "sourceNote.length", "at most 500 characters"));
        }
        return problems;
    }

    /** The problem of a key of an organisation or body, if it has one. */
    static java.util.Optional<FieldProblem> keyProblem(String key) {
        if (key == null || key.length() > 80 || !KEY.matcher(key).matches()) {
            return java.util.Optional.of(
                    new FieldProblem("key", "key.format", "lower-case letters, digits and single hyphens, at most 80"));
        }
        if (RESERVED_KEYS.contains(key)) {
            return java.util.Optional.of(new FieldProblem("key", "key.reserved", "reserved for the pages"));
        }
        return java.util.Optional.empty();
    }

    /**
     * One invalid field of a draft.
     *
     * @param field the field, named as in the draft (e.g. {@code parentId}, {@code members})
     * @param code what is wrong, e.g. {@code key.taken}; the pages show the text {@code organisation.error.<code>}
     * @param message the problem in English, for the API and logs
     */
    public record FieldProblem(String field, String code, String message) {

        /** A problem without a specific code ({@code invalid}). */
        public FieldProblem(String field, String message) {
            this(field, "invalid", message);
        }
    }
}
