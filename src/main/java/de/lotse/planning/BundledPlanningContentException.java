package de.lotse.planning;

/** The bundled planning content could not be loaded; the message names the file and the item. */
class BundledPlanningContentException extends IllegalStateException {

    private final String file;
    private final String item;

    BundledPlanningContentException(String file, String item, String message, Throwable cause) {
        super(file + (item == null ? "" : ", " + item) + ": " + message, cause);
        this.file = file;
        this.item = item;
    }

    String file() {
        return file;
    }

    String item() {
        return item;
    }

    /** Runs {@code work}; a failure is reported as a problem of this item of this file (the innermost item wins). */
    static <T> T within(String file, String item, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (BundledPlanningContentException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new BundledPlanningContentException(file, item, message, e);
        }
    }

    static void within(String file, String item, Runnable work) {
        within(file, item, () -> {
            work.run();
            return null;
        });
    }
}
