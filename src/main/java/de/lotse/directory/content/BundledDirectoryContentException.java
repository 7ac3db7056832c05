package de.lotse.directory.content;

/** The bundled directory content could not be loaded; the message names the file and the item. */
class BundledDirectoryContentException extends IllegalStateException {

    BundledDirectoryContentException(String file, String item, String message, Throwable cause) {
        super(file + (item == null ? "" : ", " + item) + ": " + message, cause);
    }

    /** Runs {@code work}; a failure is reported as a problem of this item of this file (the innermost item wins). */
    static <T> T within(String file, String item, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (BundledDirectoryContentException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new BundledDirectoryContentException(file, item, message, e);
        }
    }

    static void within(String file, String item, Runnable work) {
        within(file, item, () -> {
            work.run();
            return null;
        });
    }
}
