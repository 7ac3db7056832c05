package de.lotse.directory;

import java.util.List;

/**
 * One invalid field of a service or place draft.
 *
 * @param path where the problem is, e.g. {@code name}, {@code categoryCodes[2]} or
 *     {@code sites[1].schedules[0].closesAt}
 * @param messageKey the key of the German/English text in the message bundle {@code directory}, e.g.
 *     {@code directory.problem.required}; its placeholders {0}, {1} are filled with {@code arguments}
 * @param arguments the values named in the text (a code, a maximum length), never null
 * @param message the problem in English, for the API and logs
 */
public record DirectoryProblem(String path, String messageKey, List<String> arguments, String message) {

    public DirectoryProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static DirectoryProblem of(String path, String code, String message, Object... arguments) {
        return new DirectoryProblem(
                path,
                "directory.problem." + code,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList(),
                message);
    }
}
