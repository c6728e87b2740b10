package org.iidrules.engine;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

import org.iidrules.model.Evidenced;

/**
 * A fact's values as a result shows them, without its evidence: {@code staff=12} or
 * {@code received=10, resolved=8}. The record components of each fact type are read once per type.
 */
final class FactText {

    /** Each fact type's components, evidence left out, in declaration order. */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (!c.getName().equals("evidence")) {
                    Method accessor = c.getAccessor();
                    try {
                        // The model's records are public: this only spares Method.invoke its access check per call.
                        accessor.setAccessible(true);
                    } catch (RuntimeException e) {
                        // a module that will not open its records: the checked call still works
                    }
                    components.add(new Component(c.getName() + "=", accessor));
                }
            }
            return components.toArray(new Component[0]);
        }
    };

    private record Component(String label, Method accessor) {
    }

    private FactText() {
    }

    static String describe(Evidenced fact) {
        StringBuilder text = new StringBuilder(32);
        for (Component c : COMPONENTS.get(fact.getClass())) {
            Object value;
            try {
                value = c.accessor().invoke(fact);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.label() + " of " + fact.getClass().getSimpleName(), e);
            }
            if (value == null) {
                continue;
            }
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(c.label());
            render(value, text);
        }
        return text.length() == 0 ? "(no value)" : text.toString();
    }

    private static void render(Object value, StringBuilder text) {
        if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof LocalDate d) {
            text.append(d);
        } else if (value instanceof Collection<?> c) {
            text.append('[');
            for (Iterator<?> it = c.iterator(); it.hasNext(); ) {
                render(it.next(), text);
                if (it.hasNext()) {
                    text.append(", ");
                }
            }
            text.append(']');
        } else {
            text.append(value);
        }
    }
}
