package org.socialmap.cli.serve;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.socialmap.cli.ExitCode;

/**
 * Ctrl+C (SIGINT) or SIGTERM for a command that runs until then. The JVM answers such a signal by
 * running its shutdown hooks and ending with 130 or 143; here the hook lets the command stop its work
 * cleanly and then ends the JVM with the command's own exit code, since being stopped is how the
 * command is meant to end.
 */
final class ShutdownSignal {

	/** How long the hook waits for the command to finish stopping before ending the JVM anyway. */
	private static final long STOP_PATIENCE_SECONDS = 20;

	private final CountDownLatch requested = new CountDownLatch(1);
	private final CountDownLatch finished = new CountDownLatch(1);
	private volatile int exitCode = ExitCode.FAILURE;

	/** Blocks until the signal comes. */
	void await() throws InterruptedException {
		Runtime.getRuntime().addShutdownHook(new Thread(this::onShutdown, "socialmap: stop on signal"));
		requested.await();
	}

	/** The command has stopped its work; the JVM may end with {@code code}. */
	void finished(int code) {
		exitCode = code;
		finished.countDown();
	}

	private void onShutdown() {
		requested.countDown();
		try {
			finished.await(STOP_PATIENCE_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		System.out.flush();
		System.err.flush();
		Runtime.getRuntime().halt(exitCode);
	}
}
