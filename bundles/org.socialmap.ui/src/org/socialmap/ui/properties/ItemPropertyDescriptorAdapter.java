package org.socialmap.ui.properties;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * An item property descriptor seen by the Properties view: its name, category and help from the
 * edit bundle, its value's text from the descriptor's label provider, and a cell editor for the
 * values it can set: a choice list where the descriptor offers choices, text for a single data
 * value. Lists of values have no cell editor yet.
 */
class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object element;
	private final IItemPropertyDescriptor descriptor;

	ItemPropertyDescriptorAdapter(Object element, IItemPropertyDescriptor descriptor) {
		this.element = element;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(element) || descriptor.isMany(element)) {
			return null;
		}
		Collection<?> choices = descriptor.getChoiceOfValues(element);
		if (choices != null) {
			return new ChoiceCellEditor(parent, List.copyOf(choices), labelProvider());
		}
		return descriptor.getFeature(element) instanceof EAttribute attribute
				&& attribute.getEType() instanceof EDataType type ? new DataValueCellEditor(parent, type) : null;
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(element);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(element);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(element);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(element);
	}

	@Override
	public Object getHelpContextIds() {
		return descriptor.getHelpContextIds(element);
	}

	@Override
	public Object getId() {
		return descriptor.getId(element);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return labelProvider();
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptorAdapter adapter
				&& feature() != null && feature() == adapter.feature();
	}

	private EStructuralFeature feature() {
		return descriptor.getFeature(element) instanceof EStructuralFeature feature ? feature : null;
	}

	private ILabelProvider labelProvider() {
		IItemLabelProvider labels = descriptor.getLabelProvider(element);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return labels.getText(value);
			}
		};
	}
}
