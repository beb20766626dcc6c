package org.socialmap.ui.document;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.socialmap.document.ModelDocument;

/**
 * Shows in one editor what is selected in another editor of the same document: a diagram's
 * selection in the tree, the tree's in a diagram. The editors adapt to their {@link ModelDocument}.
 */
public final class SelectionFollower implements ISelectionListener {

	private final IWorkbenchPart part;
	private final ModelDocument document;
	private final Consumer<List<EObject>> show;

	private SelectionFollower(IWorkbenchPart part, ModelDocument document, Consumer<List<EObject>> show) {
		this.part = part;
		this.document = document;
		this.show = show;
	}

	/** Starts following for {@code part}, until it is disposed. */
	public static SelectionFollower install(IWorkbenchPart part, ModelDocument document, Consumer<List<EObject>> show) {
		SelectionFollower follower = new SelectionFollower(part, document, show);
		part.getSite().getPage().addPostSelectionListener(follower);
		return follower;
	}

	public void uninstall() {
		part.getSite().getPage().removePostSelectionListener(this);
	}

	@Override
	public void selectionChanged(IWorkbenchPart source, ISelection selection) {
		if (source == part || Adapters.adapt(source, ModelDocument.class) != document
				|| !(selection instanceof IStructuredSelection structured)) {
			return;
		}
		List<EObject> elements = structured.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		if (!elements.isEmpty()) {
			show.accept(elements);
		}
	}
}
