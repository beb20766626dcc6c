package org.socialmap.diagram.server.model;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;

/**
 * The one model file a diagram server shows, open before the server starts and kept open for
 * every session and diagram while it runs (a page reloaded keeps its unsaved edits). One instance
 * per server, handed to the diagram modules, since GLSP makes a new injector for every connection.
 *
 * <p>
 * Every session runs its actions through the document's {@link ModelAccess}, so sessions on
 * different threads, and the editors sharing the document in Eclipse, never read a model another
 * one is changing.
 */
public final class ServedDocument {

	private final ModelDocument document;

	public ServedDocument(ModelDocument document) {
		this.document = document;
	}

	public ModelServices services() {
		return document.services();
	}

	/** How sessions reach the document. */
	public ModelAccess access() {
		return document.access();
	}

	/**
	 * The document, when the client names its file as its {@code sourceUri} (a path or a
	 * {@code file:} URI): a page cannot open whatever file it names.
	 *
	 * @throws GLSPServerException, saying why in words, for any other file
	 */
	public ModelDocument open(String sourceUri) {
		if (!toPath(sourceUri).equals(normalized(document.file()))) {
			throw new GLSPServerException("This server does not show " + sourceUri + ": it shows " + document.file() + ".");
		}
		return document;
	}

	private static Path toPath(String sourceUri) {
		if (sourceUri == null || sourceUri.isBlank()) {
			throw new GLSPServerException("The page did not say which model to show (the sourceUri option is missing).");
		}
		try {
			return normalized(sourceUri.startsWith("file:") ? Path.of(URI.create(sourceUri)) : Path.of(sourceUri));
		} catch (IllegalArgumentException notAPath) { // InvalidPathException too
			throw new GLSPServerException("'" + sourceUri + "' is not the path or file URI of a model.", notAPath);
		}
	}

	private static Path normalized(Path file) {
		return file.toAbsolutePath().normalize();
	}
}
