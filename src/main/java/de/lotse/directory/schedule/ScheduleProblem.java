package de.lotse.directory.schedule;

/**
 * A problem with one field of a schedule draft.
 *
 * @param field the field path, e.g. {@code sites[1].schedules[0].closesAt} (prefix given by the caller)
 * @param messageKey the key in the {@code schedules} bundle, e.g. {@code schedules.problem.closesBeforeOpens}
 * @param german the German text
 * @param english the English text
 */
public record ScheduleProblem(String field, String messageKey, String german, String english) {}
