package org.socialmap.diagram.ui;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The diagram editor's selection as the workbench sees it: the model elements selected on the page,
 * which the Properties view shows and the tree editor selects. Set by the page only; the workbench
 * cannot select on the page through it (the tree does, through the shared document).
 */
final class DiagramSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private List<EObject> elements = List.of();

	void set(List<EObject> selected) {
		if (selected.equals(elements)) {
			return;
		}
		elements = selected;
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		listeners.forEach(listener -> listener.selectionChanged(event));
	}

	List<EObject> elements() {
		return elements;
	}

	@Override
	public ISelection getSelection() {
		return new StructuredSelection(elements);
	}

	@Override
	public void setSelection(ISelection selection) {
		// the page owns its selection: see the class comment
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
