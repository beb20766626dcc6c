package org.socialmap.diagram.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waits on the UI thread for something the page or the server does. The Browser's callbacks arrive
 * as display events, so the wait keeps dispatching them; parking the thread would never see them.
 */
public final class DisplayWait {

	private static final int WAKE_UP_MILLIS = 20;
	private static final Runnable WAKE_UP = () -> {
	};

	private DisplayWait() {
	}

	/** Dispatches the display's events until {@code condition} holds; false when {@code timeout} passed first. */
	public static boolean until(BooleanSupplier condition, Duration timeout) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				// a timer wakes sleep() up, so the deadline is checked even when no event comes
				display.timerExec(WAKE_UP_MILLIS, WAKE_UP);
				display.sleep();
			}
		}
		return true;
	}
}
