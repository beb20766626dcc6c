package org.socialmap.diagram.server.diagram;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.MapNode;
import org.socialmap.model.ModelElement;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.model.text.Labels;
import org.socialmap.notation.lookup.EdgeKeys;

import com.google.inject.Inject;

/**
 * The model elements the ids in a client's operations name, in the session's client company. An id
 * that names nothing there, or something of another kind than expected, is refused in words.
 */
public class DiagramElements {

	@Inject
	private SocialmapModelState state;

	public ClientCompany client() {
		return state.client();
	}

	/** The element of {@code type} with this id, in the session's client. */
	public <T extends ModelElement> T require(String id, Class<T> type) {
		ModelElement element = find(id).orElseThrow(() -> new GLSPServerException(id == null || id.isBlank()
				? "The operation does not say which " + noun(type) + " it is about."
				: "There is no element '" + id + "' in " + Labels.of(client()) + "."));
		if (!type.isInstance(element)) {
			throw new GLSPServerException(Labels.of(element) + " is " + withArticle(noun(element.eClass())) + ", not "
					+ withArticle(noun(type)) + ".");
		}
		return type.cast(element);
	}

	/** The element with this id, if the session's client has one. */
	public Optional<ModelElement> find(String id) {
		return state.document().element(id).filter(element -> EcoreUtil.isAncestor(client(), element));
	}

	/** The model element with this id, or else the link or curation with this edge key. */
	public EObject elementOrEdge(String id) {
		Optional<ModelElement> element = find(id);
		return element.isPresent() ? element.get() : edge(id);
	}

	/** The link or curation whose edge key this is. */
	public EObject edge(String key) {
		for (Map.Entry<EObject, String> edge : EdgeKeys.allOf(client()).entrySet()) {
			if (edge.getValue().equals(key)) {
				return edge.getKey();
			}
		}
		throw new GLSPServerException("There is no link or curation '" + key + "' in " + Labels.of(client()) + ".");
	}

	/** "presence", "website or presence", "client company": how messages name a kind of element. */
	public static String noun(Class<?> type) {
		if (type == MapNode.class) {
			return "website or presence";
		}
		EClass eClass = (EClass) SocialmapPackage.eINSTANCE.getEClassifiers().stream()
				.filter(classifier -> classifier.getInstanceClass() == type).findFirst().orElse(null);
		return eClass == null ? "model element" : noun(eClass);
	}

	static String noun(EClass eClass) {
		return eClass.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
	}

	private static String withArticle(String noun) {
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}
}
