package io.vipgate.telegram.nativeimage;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Telegram classes Jackson may touch when it reads or writes the given ones: supertypes (with their generic
 * arguments, which carry a method's result type), nested and anonymous classes (Lombok builders, TypeReferences),
 * field, getter and setter types, and every class a Jackson annotation names ({@code @JsonSubTypes},
 * {@code @JsonDeserialize(builder = ..., using = ...)}, {@code @JsonTypeIdResolver}, ...).
 */
final class TelegramTypeGraph {

    private static final String TELEGRAM = "org.telegram.";
    private static final String JACKSON = "com.fasterxml.jackson.";

    private final Set<Class<?>> seen = new HashSet<>();
    private final Deque<Class<?>> pending = new ArrayDeque<>();
    /** Lombok's self-referencing builder bounds ({@code B extends Builder<C, B>}) would otherwise never end. */
    private final Set<TypeVariable<?>> variables = new HashSet<>();

    private TelegramTypeGraph() {}

    static SortedSet<String> reachableFrom(Collection<Class<?>> roots) {
        TelegramTypeGraph graph = new TelegramTypeGraph();
        roots.forEach(graph::reach);
        while (!graph.pending.isEmpty()) {
            graph.expand(graph.pending.pop());
        }
        SortedSet<String> names = new TreeSet<>();
        graph.seen.forEach(type -> names.add(type.getName()));
        return names;
    }

    private void reach(Class<?> type) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.getName().startsWith(TELEGRAM) && seen.add(type)) {
            pending.push(type);
        }
    }

    private void expand(Class<?> type) {
        mention(type.getGenericSuperclass());
        List.of(type.getGenericInterfaces()).forEach(this::mention);
        if (type.getDeclaringClass() != null) {
            reach(type.getDeclaringClass());
        }
        List.of(type.getDeclaredClasses()).forEach(this::reach);
        anonymousClassesOf(type);
        annotations(type);
        for (Field field : type.getDeclaredFields()) {
            mention(field.getGenericType());
            annotations(field);
        }
        List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
        members.addAll(List.of(type.getDeclaredConstructors()));
        for (Executable member : members) {
            if (member instanceof Method method) {
                mention(method.getGenericReturnType());
            }
            List.of(member.getGenericParameterTypes()).forEach(this::mention);
            annotations(member);
        }
    }

    /** Anonymous classes ({@code Outer$1}, as TypeReferences in custom deserializers) are not "declared" classes. */
    private void anonymousClassesOf(Class<?> type) {
        for (int index = 1; ; index++) {
            try {
                reach(Class.forName(type.getName() + "$" + index, false, type.getClassLoader()));
            } catch (ClassNotFoundException noMore) {
                return;
            }
        }
    }

    private void mention(Type type) {
        switch (type) {
            case null -> {}
            case Class<?> plain -> reach(plain);
            case ParameterizedType parameterized -> {
                mention(parameterized.getRawType());
                List.of(parameterized.getActualTypeArguments()).forEach(this::mention);
            }
            case GenericArrayType array -> mention(array.getGenericComponentType());
            case WildcardType wildcard -> {
                List.of(wildcard.getUpperBounds()).forEach(this::mention);
                List.of(wildcard.getLowerBounds()).forEach(this::mention);
            }
            case TypeVariable<?> variable
            when variables.add(variable) -> List.of(variable.getBounds()).forEach(this::mention);
            default -> {}
        }
    }

    private void annotations(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            if (annotation.annotationType().getName().startsWith(JACKSON)) {
                classesNamedBy(annotation);
            }
        }
    }

    /** Every class an annotation's attributes name, nested annotations ({@code @JsonSubTypes.Type}) included. */
    private void classesNamedBy(Annotation annotation) {
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            try {
                named(attribute.invoke(annotation));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + attribute, e);
            }
        }
    }

    private void named(Object value) {
        switch (value) {
            case Class<?> type -> reach(type);
            case Annotation nested -> classesNamedBy(nested);
            case Object[] values -> {
                for (Object each : values) {
                    named(each);
                }
            }
            default -> {}
        }
    }
}
