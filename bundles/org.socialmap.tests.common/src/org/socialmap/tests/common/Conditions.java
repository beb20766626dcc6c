package org.socialmap.tests.common;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread does (Declarative Services activating a component, the
 * extension registry delivering an event) by checking the condition itself, never by guessing a
 * time: the patience only bounds how long a broken build waits before it fails.
 */
public final class Conditions {

	private static final long BETWEEN_CHECKS = TimeUnit.MILLISECONDS.toNanos(1);

	private Conditions() {
	}

	/** Returns as soon as {@code condition} holds; fails, naming {@code what}, once {@code patience} is spent. */
	public static void await(BooleanSupplier condition, Duration patience, String what) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("waited " + patience.toSeconds() + " s for " + what);
			}
			LockSupport.parkNanos(BETWEEN_CHECKS);
		}
	}
}
