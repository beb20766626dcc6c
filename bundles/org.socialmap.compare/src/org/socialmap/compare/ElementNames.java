package org.socialmap.compare;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.Affinity;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.ModelElement;
import org.socialmap.model.io.Excerpt;
import org.socialmap.model.text.Labels;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.Point;

/**
 * How changes and conflicts name elements and values: "Presence 'Twitter account' (client
 * 'Officina Digitale')", "Curation of 'Chiara' on Presence 'Facebook page'", never a key or a line.
 */
final class ElementNames {

	private ElementNames() {
	}

	/** The element alone: "Member 'Chiara'", "Link 'Company website' → 'Facebook page'". */
	static String of(EObject element) {
		return switch (element) {
		case null -> "(none)";
		case ModelElement named -> type(named) + " " + Labels.of(named);
		case Curation curation -> "Curation of " + Labels.of(curation.getMember());
		case Link link -> "Link " + Labels.of(link.getSource()) + " \u2192 " + Labels.of(link.getTarget());
		case Affinity affinity -> affinity.getPlatform() != null ? "Affinity with " + affinity.getPlatform()
				: "Affinity with kind " + affinity.getPlatformKind();
		case DiagramLayout diagram -> "Diagram " + diagram.getType() + " of client " + Excerpt.quote(diagram.getClient());
		case NodeLayout node -> "Node " + Excerpt.quote(node.getElement());
		case EdgeLayout edge -> "Edge " + Excerpt.quote(edge.getElement());
		default -> element.eClass().getName();
		};
	}

	/**
	 * The element where a reader finds it: with its client, or, for the parts of a presence or a
	 * member, with the presence or member: "Affinity with facebook of Member 'Chiara' (client 'Acme')".
	 */
	static String placed(EObject element) {
		if (element instanceof NodeLayout || element instanceof EdgeLayout) {
			return of(element) + " in " + of(element.eContainer());
		}
		if (element instanceof Curation || element instanceof Affinity) {
			String joint = element instanceof Curation ? " on " : " of ";
			return of(element) + joint + placed(element.eContainer());
		}
		ClientCompany client = clientOf(element.eContainer());
		return client == null ? of(element) : of(element) + " (client " + Labels.of(client) + ")";
	}

	/** A value of a feature: enum literals as they are written, text quoted, hours as numbers, elements by name. */
	static String value(Object value) {
		return switch (value) {
		case null -> "(none)";
		case Enumerator literal -> literal.getLiteral();
		case Double number -> Labels.number(number);
		case String text -> Excerpt.quote(text);
		case ModelElement named -> Labels.of(named);
		case Point point -> "(" + Labels.number(point.getX()) + ", " + Labels.number(point.getY()) + ")";
		case EObject element -> of(element);
		case List<?> values -> values.stream().map(ElementNames::value).collect(Collectors.joining(", ", "[", "]"));
		default -> String.valueOf(value);
		};
	}

	private static String type(ModelElement element) {
		return element instanceof ClientCompany ? "Client" : element.eClass().getName();
	}

	private static ClientCompany clientOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof ClientCompany client) {
				return client;
			}
		}
		return null;
	}
}
