package org.socialmap.model.io;

import java.nio.file.Path;

/**
 * A save was refused because the file on disk is no longer what the model was read from (or, for a
 * model never read from it, because the file exists): replacing it would lose another program's
 * change. An editor may offer to reload the file, or to save under another name.
 */
public class FileChangedException extends FileWriteException {

	private static final long serialVersionUID = 1L;

	FileChangedException(Path file, String message) {
		super(file, message, null);
	}
}
