package org.socialmap.document;

import java.util.function.Supplier;

/**
 * The one way to reach a {@link ModelDocument}'s model, its layout and its command stack: one
 * thread at a time, whoever it is (a diagram session, an editor, a job). EMF models are not safe
 * for concurrent use; a server has no thread of its own for the model and takes a lock
 * ({@link #locked()}), the Eclipse workbench hands the work to its display thread.
 */
public interface ModelAccess {

	/** Runs {@code work} with the model to itself and returns its result; its exceptions reach the caller. */
	<T> T call(Supplier<T> work);

	default void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	/** Each caller in turn holds one re-entrant lock. */
	static ModelAccess locked() {
		return new LockedAccess();
	}
}
