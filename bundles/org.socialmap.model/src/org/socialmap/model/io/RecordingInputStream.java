package org.socialmap.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;

/**
 * Hands a file's bytes to the parser and keeps their SHA-256, counting the bytes the parser leaves
 * unread too (it may stop at the end of the XML and close the stream), for a {@link FileSnapshot}.
 * It refuses marks: after a reset the digest would count the bytes read again twice. A reader that
 * needs one (EMF does, to look for the encoding, unless it uses a parser pool) buffers the stream.
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
	public boolean markSupported() {
		return false;
	}

	@Override
	public void mark(int readLimit) {
		// Refused, as markSupported() says.
	}

	@Override
	public void reset() throws IOException {
		throw new IOException("mark/reset not supported");
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
