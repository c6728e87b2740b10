package org.iidrules.rules.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;

import org.iidrules.model.SidFacts;

/** Copies SID facts with the evidence of some indicators removed. */
final class Evidenceless {
    private Evidenceless() {
    }

    static SidFacts strip(SidFacts facts, Set<String> keys) {
        try {
            RecordComponent[] components = SidFacts.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int k = 0; k < components.length; k++) {
                Object value = components[k].getAccessor().invoke(facts);
                types[k] = components[k].getType();
                values[k] = keys.contains(components[k].getName()) && value != null ? withoutEvidence((Record) value) : value;
            }
            Constructor<SidFacts> canonical = SidFacts.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object withoutEvidence(Record fact) throws ReflectiveOperationException {
        RecordComponent[] components = fact.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int k = 0; k < components.length; k++) {
            types[k] = components[k].getType();
            values[k] = components[k].getName().equals("evidence") ? List.of() : components[k].getAccessor().invoke(fact);
        }
        return fact.getClass().getDeclaredConstructor(types).newInstance(values);
    }
}
