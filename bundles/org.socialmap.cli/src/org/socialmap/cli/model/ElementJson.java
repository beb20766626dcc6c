package org.socialmap.cli.model;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.cli.output.JsonWriter;
import org.socialmap.model.ModelElement;
import org.socialmap.model.text.Labels;

/** How the model commands write a model element in JSON: its type, id, name and readable label. */
public final class ElementJson {

	private ElementJson() {
	}

	public static void write(JsonWriter json, EObject element) {
		json.beginObject().name("type").value(element.eClass().getName());
		if (element instanceof ModelElement named) {
			json.name("id").value(named.getId()).name("name").value(named.getName());
		}
		json.name("label").value(Labels.label(element)).endObject();
	}
}
