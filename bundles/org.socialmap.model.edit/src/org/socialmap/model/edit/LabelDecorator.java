package org.socialmap.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.socialmap.model.text.Labels;

/**
 * Gives a generated item provider the labels of {@link Labels#label}; everything else it delegates
 * (trees, properties, commands). It is an {@link Adapter} too, because callers of {@code AdapterFactory.adapt(Notifier, Object)} cast to one;
 * like the generated providers it serves every object of its class, so it has no single target.
 */
final class LabelDecorator extends ItemProviderDecorator implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource, Adapter {

	LabelDecorator(ComposeableAdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return object instanceof EObject eObject ? Labels.label(eObject) : super.getText(object);
	}

	@Override
	public Notifier getTarget() {
		return null;
	}

	@Override
	public void setTarget(Notifier newTarget) {
		// shared by every object of one class, as the decorated item provider is
	}
}
