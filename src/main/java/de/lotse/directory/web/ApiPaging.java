package de.lotse.directory.web;

import de.lotse.shared.web.ApiProblem;

/** Checks the {@code page} and {@code size} parameters of the directory's list endpoints. */
final class ApiPaging {

    static final int MAX_SIZE = 500;

    private ApiPaging() {}

    /**
     * The row offset of a page.
     *
     * @throws ApiProblem 400 naming the parameter when the page is negative, the size outside 1 to 500, or the page
     *     so far out that its offset does not fit (no list has that many rows)
     */
    static int offset(int page, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.badRequest("Parameter 'size' must be between 1 and " + MAX_SIZE + ", was " + size + ".");
        }
        if (page < 0) {
            throw ApiProblem.badRequest("Parameter 'page' must be 0 or more, was " + page + ".");
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw ApiProblem.badRequest("Parameter 'page' is too large: page " + page + " of size " + size
                    + " starts beyond row " + Integer.MAX_VALUE + ".");
        }
        return (int) offset;
    }
}
