package org.socialmap.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;

/**
 * Hands a file's bytes to the parser and keeps their SHA-256, counting the bytes the parser leaves
 * unread too (it may stop at the end of the XML and close the stream), for a {@link FileSnapshot}.
 */
final class RecordingInputStream extends DigestInputStream {

	private byte[] sha256;

	RecordingInputStream(InputStream in) {
		super(in, FileSnapshot.sha256());
	}

	/** What the stream held, once all of it has been read. */
	FileSnapshot snapshotOf(Path file) throws IOException {
		return FileSnapshot.ofSha256(file, readToEnd());
	}

	@Override
	public void close() throws IOException {
		readToEnd();
		super.close();
	}

	private byte[] readToEnd() throws IOException {
		if (sha256 == null) {
			transferTo(OutputStream.nullOutputStream());
			sha256 = getMessageDigest().digest();
		}
		return sha256;
	}
}
