package org.iidrules.engine;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.iidrules.model.Evidenced;

/**
 * A fact's values as a result shows them, without its evidence: {@code staff=12} or
 * {@code received=10, resolved=8}. The record components of each fact type are read once per type,
 * and each accessor is bound once to a plain function: an explained national run renders every filled
 * fact of the nation, and a reflective call per value was some 4% of its profile.
 */
final class FactText {

    /** Each fact type's components, evidence left out, in declaration order. */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (!c.getName().equals("evidence")) {
                    components.add(new Component(c.getName() + "=", reader(c.getAccessor())));
                }
            }
            return components.toArray(new Component[0]);
        }
    };

    private record Component(String label, Function<Object, Object> read) {
    }

    /**
     * The accessor as a function: a lambda bound to it when the model's records allow (they are
     * public), otherwise a reflective call.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = MethodHandles.publicLookup().unreflect(accessor);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(accessor.getReturnType(), accessor.getDeclaringClass()).wrap());
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable e) {
            return fact -> {
                try {
                    return accessor.invoke(fact);
                } catch (ReflectiveOperationException re) {
                    throw new IllegalStateException("cannot read " + accessor.getName() + " of " + fact.getClass().getSimpleName(), re);
                }
            };
        }
    }

    private FactText() {
    }

    static String describe(Evidenced fact) {
        StringBuilder text = new StringBuilder(32);
        for (Component c : COMPONENTS.get(fact.getClass())) {
            Object value = c.read().apply(fact);
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
