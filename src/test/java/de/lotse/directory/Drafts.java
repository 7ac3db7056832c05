package de.lotse.directory;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Test helper: a copy of a record with one component replaced (the draft records have no withers). */
public final class Drafts {

    private Drafts() {}

    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(component)) {
                    values[i] = value;
                    found = true;
                } else {
                    values[i] = components[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no component " + component);
            }
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            var constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (R) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
