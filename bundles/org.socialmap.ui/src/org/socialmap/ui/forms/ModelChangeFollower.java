package org.socialmap.ui.forms;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Runs a refresh of a control whenever anything in a model changes, whoever changed it (the form,
 * the tree, a diagram, undo), on the control's display thread, until the control is disposed.
 * It watches the whole containment tree, so counts and names of nested elements stay current.
 */
final class ModelChangeFollower extends EContentAdapter {

	private final Control control;
	private final Runnable refresh;

	private ModelChangeFollower(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
	}

	/** Follows {@code root} for {@code control}; stops, taking its adapters off the model, when the control is disposed. */
	static void follow(Notifier root, Control control, Runnable refresh) {
		ModelChangeFollower follower = new ModelChangeFollower(control, refresh);
		root.eAdapters().add(follower);
		control.addDisposeListener(event -> root.eAdapters().remove(follower));
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || control.isDisposed()) {
			return;
		}
		Display display = control.getDisplay();
		if (Display.getCurrent() == display) {
			refresh.run();
		} else {
			// A change made off the display thread (a job, the diagram server) reaches the widgets on it.
			display.asyncExec(() -> {
				if (!control.isDisposed()) {
					refresh.run();
				}
			});
		}
	}
}
