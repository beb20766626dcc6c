package org.socialmap.ui.document;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.socialmap.document.ModelAccess;

/**
 * Model access in the workbench: on its display thread, where the editors' viewers read the model
 * and their commands run. Another thread (a diagram session of the editor's server) hands its work
 * over and waits for it.
 */
final class DisplayAccess implements ModelAccess {

	private final Display display;

	DisplayAccess(Display display) {
		this.display = display;
	}

	@Override
	public <T> T call(Supplier<T> work) {
		if (Display.getCurrent() == display) {
			return work.get();
		}
		HandedOver<T> handedOver = new HandedOver<>(work);
		try {
			display.syncExec(handedOver);
		} catch (SWTException closed) {
			if (closed.code == SWT.ERROR_DEVICE_DISPOSED) {
				throw new IllegalStateException("the workbench is closing", closed);
			}
			throw closed;
		}
		return handedOver.result();
	}

	/** Work run on the display thread, its result or failure kept for the thread that waits. */
	private static final class HandedOver<T> implements Runnable {

		private final Supplier<T> work;
		private T result;
		private RuntimeException failure;

		HandedOver(Supplier<T> work) {
			this.work = work;
		}

		@Override
		public void run() {
			try {
				result = work.get();
			} catch (RuntimeException e) {
				failure = e;
			}
		}

		T result() {
			if (failure != null) {
				throw failure;
			}
			return result;
		}
	}
}
