package org.socialmap.diagram.server.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.diagram.server.diagram.Choice;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.Team;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;
import org.socialmap.notation.NodeLayout;

/**
 * The properties of an element, from its EMF.Edit item provider (the labels and editable features an
 * Eclipse property sheet shows), for the side panel. Ids and references are shown, not edited; a
 * presence's platform is picked from the catalogs; a member also shows the hours they curate, and a
 * team on the team diagram whether it is drawn collapsed.
 */
public final class PropertySheet {

	/** A member's curated hours a week ({@code Workload.curatedHours}). */
	public static final String CURATED_HOURS = "curatedHours";
	/** Whether a team is drawn collapsed, kept in the layout. */
	public static final String COLLAPSED = "collapsed";

	/** Prose that takes more than a line. */
	private static final Set<EStructuralFeature> TEXT = Set.of(Literals.MODEL_ELEMENT__DESCRIPTION,
			Literals.PRESENCE__PURPOSE, Literals.PRESENCE__CORE_BUSINESS_CONTRIBUTION, Literals.PRESENCE__AUDIENCE,
			Literals.PRESENCE__CONTENT_PILLARS, Literals.LINK__NOTE);

	private final ModelDocument document;

	public PropertySheet(ModelDocument document) {
		this.document = document;
	}

	/** The properties of {@code element}; {@code teamNode} is its layout entry when it is a team on the team diagram. */
	public List<Property> of(EObject element, Optional<NodeLayout> teamNode, boolean teamDiagram) {
		List<Property> properties = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : descriptors(element)) {
			EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(element);
			if (feature instanceof EReference reference && reference.isMany()) {
				continue; // lists of other elements belong to those elements' own panels
			}
			properties.add(property(element, feature, descriptor));
		}
		if (element instanceof Member member) {
			properties.add(new Property(CURATED_HOURS, "Curated hours a week", Property.NUMBER,
					Workload.curatedHours(member), null, true));
		}
		if (teamDiagram && element instanceof Team) {
			properties.add(new Property(COLLAPSED, "Drawn collapsed", Property.BOOLEAN,
					teamNode.map(NodeLayout::isCollapsed).orElse(false), null, false));
		}
		return properties;
	}

	/** The descriptor of the editable feature {@code name} of {@code element}; refused when it has none. */
	IItemPropertyDescriptor editable(EObject element, String name) {
		for (IItemPropertyDescriptor descriptor : descriptors(element)) {
			EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(element);
			if (feature.getName().equals(name) && !readOnly(element, feature, descriptor)) {
				return descriptor;
			}
		}
		throw new GLSPServerException(Labels.label(element) + " has no property '" + name + "' that can be changed.");
	}

	private List<IItemPropertyDescriptor> descriptors(EObject element) {
		IItemPropertySource source = (IItemPropertySource) document.domain().getAdapterFactory().adapt(element,
				IItemPropertySource.class);
		return source == null ? List.of() : source.getPropertyDescriptors(element);
	}

	private Property property(EObject element, EStructuralFeature feature, IItemPropertyDescriptor descriptor) {
		String label = descriptor.getDisplayName(element);
		boolean readOnly = readOnly(element, feature, descriptor);
		Object value = element.eGet(feature);
		if (feature instanceof EReference) {
			String shown = value instanceof ModelElement target ? Labels.name(target) : Labels.label((EObject) value);
			return new Property(feature.getName(), label, Property.STRING, shown, null, true);
		}
		if (feature == Literals.PRESENCE__PLATFORM) {
			return new Property(feature.getName(), label, Property.ENUM, text(value), platforms(text(value)), readOnly);
		}
		if (feature.getEType() instanceof EEnum eEnum) {
			IItemLabelProvider labels = descriptor.getLabelProvider(element);
			List<Choice> choices = eEnum.getELiterals().stream()
					.map(literal -> new Choice(literal.getLiteral(), labels.getText(literal.getInstance()))).toList();
			return new Property(feature.getName(), label, Property.ENUM,
					element.eIsSet(feature) ? ((Enumerator) value).getLiteral() : "", choices, readOnly);
		}
		return new Property(feature.getName(), label, type(feature), value(feature, value), null, readOnly);
	}

	private static boolean readOnly(EObject element, EStructuralFeature feature, IItemPropertyDescriptor descriptor) {
		return feature == Literals.MODEL_ELEMENT__ID || feature instanceof EReference || !descriptor.canSetProperty(element);
	}

	private static String type(EStructuralFeature feature) {
		if (TEXT.contains(feature)) {
			return Property.TEXT;
		}
		if (feature instanceof EAttribute attribute) {
			if (attribute.getEAttributeType() == EcorePackage.Literals.EDOUBLE) {
				return Property.NUMBER;
			}
			if (attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN) {
				return Property.BOOLEAN;
			}
		}
		return Property.STRING;
	}

	private static Object value(EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			return String.join("\n", ((List<?>) value).stream().map(String::valueOf).toList());
		}
		if (value instanceof Double number && !Double.isFinite(number)) {
			return String.valueOf(number); // JSON has no NaN nor infinity; the rules report them
		}
		return value == null ? "" : value;
	}

	/** The catalogs' platforms, and the presence's own when no catalog knows it. */
	private List<Choice> platforms(String current) {
		CatalogRegistry catalogs = document.services().catalogs().get();
		List<Choice> choices = new ArrayList<>(
				catalogs.platforms().stream().map(platform -> new Choice(platform.id(), platform.name())).toList());
		if (!current.isEmpty() && catalogs.platform(current).isEmpty()) {
			choices.add(new Choice(current, current + " (no installed catalog has it)"));
		}
		return choices;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
