package de.lotse.shared.web;

import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.WebRequest;

/**
 * Binding of forms with list fields ({@code phones[0].number}) straight onto fields. Spring's direct field binding
 * grows a list up to any index it is sent and has no collection limit, so {@code phones[100000000]} would build a list
 * of a hundred million entries and {@code phones[-1]} ends in an internal error. Every list index in the request's
 * parameter names is therefore checked first: a negative index or one at or above the limit is refused with 400 and a
 * message naming the parameter, before anything is bound.
 */
public final class FormIndexes {

    private static final Pattern INDEX = Pattern.compile("\\[(-?\\d+)]");

    private FormIndexes() {}

    /**
     * Checks the request's list indexes, then switches the binder to direct field access.
     *
     * @param maxEntries the largest list a form may send (indexes 0 to maxEntries - 1)
     * @throws FormIndexException when a parameter name carries an index outside that range
     */
    public static void bindFields(WebDataBinder binder, WebRequest request, int maxEntries) {
        for (Iterator<String> names = request.getParameterNames(); names.hasNext(); ) {
            check(names.next(), maxEntries);
        }
        binder.initDirectFieldAccess();
    }

    static void check(String parameter, int maxEntries) {
        Matcher index = INDEX.matcher(parameter);
        while (index.find()) {
            String digits = index.group(1);
            boolean inRange = !digits.startsWith("-") && digits.length() <= 9 && Integer.parseInt(digits) < maxEntries;
            if (!inRange) {
                throw new FormIndexException(parameter, maxEntries);
            }
        }
    }

    /** A form parameter whose list index is negative or too large. */
    public static final class FormIndexException extends RuntimeException {

        private final String parameter;
        private final int maxEntries;

        FormIndexException(String parameter, int maxEntries) {
            super("Form field " + parameter + ": list index must be between 0 and " + (maxEntries - 1));
            this.parameter = parameter;
            this.maxEntries = maxEntries;
        }

        public String parameter() {
            return parameter;
        }

        public int maxEntries() {
            return maxEntries;
        }
    }
}
