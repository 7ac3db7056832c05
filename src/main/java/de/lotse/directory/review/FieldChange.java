package de.lotse.directory.review;

/**
 * One field that a proposal changes compared with the published service.
 *
 * @param path the field path, e.g. {@code name} or {@code sites[0].schedules[1].opensAt}
 * @param published the published value as text, {@code null} when not set
 * @param proposed the proposed value as text, {@code null} when not set
 */
public record FieldChange(String path, String published, String proposed) {

    /** The top-level field of the path ({@code sites} for {@code sites[0].schedules[1].opensAt}). */
    public String topField() {
        int end = path.length();
        for (char stop : new char[] {'.', '['}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }
}
