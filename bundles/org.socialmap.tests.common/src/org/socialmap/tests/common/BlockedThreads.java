package org.socialmap.tests.common;

import java.lang.Thread.State;
import java.util.stream.Stream;

/**
 * Tells when another thread is stuck waiting inside a given class, e.g. queued for a lock the test
 * holds, so a test can act at that moment without guessing how long it takes to get there.
 */
public final class BlockedThreads {

	private BlockedThreads() {
	}

	/** Returns once {@code thread} waits inside a method of {@code where}; fails if it ends first. */
	public static void awaitWaitingIn(Thread thread, Class<?> where) {
		while (!waitingIn(thread, where)) {
			if (!thread.isAlive()) {
				throw new AssertionError(thread.getName() + " ended without waiting in " + where.getSimpleName());
			}
			Thread.yield();
		}
	}

	private static boolean waitingIn(Thread thread, Class<?> where) {
		State state = thread.getState();
		boolean waiting = state == State.WAITING || state == State.TIMED_WAITING || state == State.BLOCKED;
		return waiting && Stream.of(thread.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(where.getName()));
	}
}
