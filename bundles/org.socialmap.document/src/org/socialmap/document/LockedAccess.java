package org.socialmap.document;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** {@link ModelAccess#locked()}: a re-entrant lock, so work may call other work on the same model. */
final class LockedAccess implements ModelAccess {

	private final ReentrantLock lock = new ReentrantLock();

	@Override
	public <T> T call(Supplier<T> work) {
		lock.lock();
		try {
			return work.get();
		} finally {
			lock.unlock();
		}
	}
}
