package de.lotse.shared.web;

import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Binding of forms with list fields ({@code phones[0].number}) straight onto fields. Spring's direct field binding
 * grows a list up to any index it is sent and has no collection limit, so {@code phones[100000000]} would build a list
 * of a hundred million entries and {@code phones[-1]} ends in an internal error. Every bracket in the request's
 * parameter names is therefore checked first: anything but a plain index from 0 to the limit (a negative, quoted or
 * signed index, one at or above the limit) is refused with 400 and a message naming the parameter, before anything is
 * bound. The names of file parts of a multipart request are checked alike, as they are bound too.
 */
public final class FormIndexes {

    /** Anything in brackets: a list index must be plain ASCII digits; no form of Lotse has a map field. */
    private static final Pattern KEY = Pattern.compile("\\[([^]]*)]");

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

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
        // file parts of a multipart request are bound as well, but are not parameters
        if (request instanceof org.springframework.web.context.request.NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest(MultipartRequest.class) instanceof MultipartRequest multipart) {
            for (Iterator<String> names = multipart.getFileNames(); names.hasNext(); ) {
                check(names.next(), maxEntries);
            }
        }
        binder.initDirectFieldAccess();
    }

    static void check(String parameter, int maxEntries) {
        Matcher key = KEY.matcher(parameter);
        while (key.find()) {
            String index = key.group(1);
            if (!DIGITS.matcher(index).matches() || Integer.parseInt(index) >= maxEntries) {
                throw new FormIndexException(parameter, maxEntries);
            }
        }
    }

    /** A form parameter whose list index is not a plain number below the limit. */
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
