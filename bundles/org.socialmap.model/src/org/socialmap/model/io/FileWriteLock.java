package org.socialmap.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps every other Socialmap writer of a file, in this program or another, waiting while it is held.
 * It is an operating-system lock on the hidden sibling {@code .FILE.lock}, so the kernel releases it
 * when its holder dies, even by {@code kill -9}; the lock file is empty and stays in place (deleting
 * it while a writer waits would let two writers in at once).
 * <p>
 * Every save takes it for the time of the write. Take it yourself to make several steps one, e.g.
 * to look at the file and then save it: saves in the same thread take it again without waiting.
 * Close it in the thread that acquired it.
 */
public final class FileWriteLock implements AutoCloseable {

	/**
	 * The operating system's lock belongs to the whole process: its threads queue here first. One
	 * small entry per file the process has written; they are kept, as a thread may be queued on one.
	 */
	private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

	private final Holder holder;
	private boolean released;

	private FileWriteLock(Holder holder) {
		this.holder = holder;
	}

	/**
	 * Waits until no other writer holds the lock of {@code file}, then holds it; the
	 * {@link FileWriteException} says why it could not, e.g. a lock file nobody may write.
	 */
	public static FileWriteLock acquire(Path file) throws FileWriteException {
		Path target = file.toAbsolutePath().normalize();
		Holder holder = HOLDERS.computeIfAbsent(target.resolveSibling("." + target.getFileName() + ".lock"), Holder::new);
		try {
			holder.acquire();
		} catch (IOException e) {
			throw WriteFailure.explain(file, e);
		}
		return new FileWriteLock(holder);
	}

	@Override
	public void close() throws IOException {
		if (!released) {
			released = true;
			holder.release();
		}
	}

	/** The lock of one file for this process: the threads' lock, and the file channel holding the system's. */
	private static final class Holder {

		private final Path lockFile;
		private final ReentrantLock threads = new ReentrantLock();
		/** Open while a thread of this process holds the lock: closing it releases the system's lock. */
		private FileChannel channel;

		Holder(Path lockFile) {
			this.lockFile = lockFile;
		}

		void acquire() throws IOException {
			threads.lock();
			if (threads.getHoldCount() > 1) {
				return;
			}
			try {
				channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				channel.lock();
			} catch (IOException | RuntimeException e) {
				release();
				throw e;
			}
		}

		void release() throws IOException {
			try {
				if (threads.getHoldCount() == 1 && channel != null) {
					channel.close();
					channel = null;
				}
			} finally {
				threads.unlock();
			}
		}
	}
}
