package org.socialmap.diagram.server.json;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.gson.EObjectExclusionStrategy;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * Writes GModel elements as GLSP's own adapter does, property for property, and reads them with it;
 * but it works out once per class which fields it writes, where GLSP's adapter asks Java for the
 * fields of every class of every element again (copies of them each time), which made most of the
 * time an edit of a large diagram took.
 */
public final class GModelWriter extends TypeAdapter<GModelElement> {

	/** A field written, and the model feature that says whether it is set. */
	private record Property(Field field, EStructuralFeature feature) {
	}

	/**
	 * What to write of the elements of one class. As in GLSP's adapter, a field hidden by a field of
	 * the same name in a subclass is written only when the subclass's is not set; when no two fields
	 * share a name, there is nothing to track.
	 */
	private record Plan(List<Property> properties, boolean namesUnique) {
	}

	private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

	private final Gson gson;
	private final TypeAdapter<GModelElement> glsp;

	private GModelWriter(Gson gson, TypeAdapter<GModelElement> glsp) {
		this.gson = gson;
		this.glsp = glsp;
	}

	/** Registered after GLSP's configuration, so that Gson asks it first. */
	public static final class Factory implements TypeAdapterFactory {
		@Override
		@SuppressWarnings("unchecked")
		public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
			if (!GModelElement.class.isAssignableFrom(type.getRawType())) {
				return null;
			}
			TypeAdapter<GModelElement> glsp = (TypeAdapter<GModelElement>) gson.getDelegateAdapter(this, type);
			return (TypeAdapter<T>) new GModelWriter(gson, glsp);
		}
	}

	@Override
	public void write(JsonWriter out, GModelElement element) throws IOException {
		if (element == null) {
			out.nullValue();
			return;
		}
		Plan plan = PLANS.computeIfAbsent(element.getClass(), type -> plan(type, element));
		Set<String> written = plan.namesUnique() ? null : new HashSet<>();
		out.beginObject();
		for (Property property : plan.properties()) {
			if (element.eIsSet(property.feature()) && (written == null || written.add(property.field().getName()))) {
				out.name(property.field().getName());
				write(out, element, value(property.field(), element));
			}
		}
		out.endObject();
	}

	private void write(JsonWriter out, GModelElement element, Object value) throws IOException {
		if (value == null) {
			out.nullValue();
		} else if (value == element) {
			throw new IllegalStateException("GModel element " + element.getId() + " refers to itself.");
		} else {
			gson.toJson(value, value.getClass(), out);
		}
	}

	@Override
	public GModelElement read(JsonReader in) throws IOException {
		return glsp.read(in);
	}

	/** The fields GLSP's adapter may write, in its order: the class's own, then its superclasses'. */
	private static Plan plan(Class<?> type, GModelElement element) {
		List<Property> properties = new ArrayList<>();
		Set<String> names = new HashSet<>();
		boolean namesUnique = true;
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (!EObjectExclusionStrategy.excludeField(field) && !Modifier.isTransient(modifiers)
						&& !Modifier.isStatic(modifiers)) {
					field.setAccessible(true);
					properties.add(new Property(field, element.eClass().getEStructuralFeature(field.getName())));
					namesUnique &= names.add(field.getName());
				}
			}
		}
		return new Plan(List.copyOf(properties), namesUnique);
	}

	private static Object value(Field field, GModelElement element) {
		try {
			return field.get(element);
		} catch (IllegalAccessException unreadable) {
			throw new IllegalStateException("cannot read " + field + " of a GModel element", unreadable);
		}
	}
}
