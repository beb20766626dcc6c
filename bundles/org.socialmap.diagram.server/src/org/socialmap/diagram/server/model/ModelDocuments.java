package org.socialmap.diagram.server.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.model.io.SocialmapFileException;

/**
 * The model files a diagram server may show, each opened once, on first request, and kept open for
 * every session and diagram while the server runs (a page reloaded keeps its unsaved edits). One
 * instance per server, handed to the diagram modules, since GLSP makes a new injector for every
 * connection.
 *
 * <p>
 * Every session runs its actions while it holds {@link #lock()}, so sessions on different threads
 * never read a model another one is changing. A server shows one model at a time, so one lock for
 * all of them costs nothing and keeps the rule simple.
 */
public final class ModelDocuments {

	private final List<Path> servedFiles;
	private final ModelServices services;
	private final Map<Path, ModelDocument> open = new HashMap<>();
	private final ReentrantLock lock = new ReentrantLock();

	/** Documents for the given files, and no others: a page cannot open whatever file it names. */
	public ModelDocuments(List<Path> servedFiles, ModelServices services) {
		this.servedFiles = servedFiles.stream().map(ModelDocuments::normalized).toList();
		this.services = services;
	}

	public ModelServices services() {
		return services;
	}

	/** Held by whoever reads or changes a document. */
	public ReentrantLock lock() {
		return lock;
	}

	/**
	 * The document of the file a client names as its {@code sourceUri} (a path or a {@code file:} URI),
	 * opened on first request.
	 *
	 * @throws GLSPServerException, saying why in words, for a file this server does not show or that
	 *                              cannot be read
	 */
	public ModelDocument open(String sourceUri) {
		Path file = toPath(sourceUri);
		if (!servedFiles.contains(file)) {
			throw new GLSPServerException("This server does not show " + sourceUri + ": it shows "
					+ String.join(", ", servedFiles.stream().map(Path::toString).toList()) + ".");
		}
		lock.lock();
		try {
			ModelDocument document = open.get(file);
			if (document == null) {
				document = ModelDocument.open(file, services);
				open.put(file, document);
			}
			return document;
		} catch (SocialmapFileException unreadable) {
			throw new GLSPServerException("Cannot open the model: " + unreadable.getMessage(), unreadable);
		} finally {
			lock.unlock();
		}
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
