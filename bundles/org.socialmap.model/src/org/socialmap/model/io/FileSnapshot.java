package org.socialmap.model.io;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file held when a model was read from it or written to it, kept as a SHA-256 of its bytes:
 * enough to tell whether another program changed it since, whatever its modification time says.
 */
final class FileSnapshot {

	private final Path file;
	/** Null when there was no file. */
	private final byte[] sha256;

	private FileSnapshot(Path file, byte[] sha256) {
		this.file = file;
		this.sha256 = sha256;
	}

	/** The file did not exist. */
	static FileSnapshot absent(Path file) {
		return new FileSnapshot(file, null);
	}

	/** The file held {@code content}. */
	static FileSnapshot of(Path file, byte[] content) {
		return new FileSnapshot(file, sha256().digest(content));
	}

	/** The file held the bytes whose SHA-256 is {@code sha256}. */
	static FileSnapshot ofSha256(Path file, byte[] sha256) {
		return new FileSnapshot(file, sha256);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	Path file() {
		return file;
	}

	/** Refuses unless the file now holds {@code current} (null: there is no file) as it did then. */
	void checkUnchanged(byte[] current) throws FileChangedException {
		if (sha256 == null && current != null) {
			throw changed("already exists, and this model was not read from it");
		}
		if (sha256 != null && current == null) {
			throw changed("was deleted by another program since it was opened");
		}
		if (sha256 != null && !Arrays.equals(sha256, sha256().digest(current))) {
			throw changed("was changed by another program since it was opened");
		}
	}

	private FileChangedException changed(String how) {
		return new FileChangedException(file, file + " " + how + "; nothing was written");
	}
}
