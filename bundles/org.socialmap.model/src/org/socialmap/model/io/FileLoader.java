package org.socialmap.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Reads a Socialmap file of any {@link FileKind} and turns every way it can be bad into one
 * {@link SocialmapFileException} that says which file, which line and what is wrong, in words.
 * Reading never writes: a bad file stays on disk exactly as it was.
 */
public final class FileLoader {

	private FileLoader() {
	}

	/** The bytes of {@code file}, refused unless it is a regular file (a pipe would be waited on forever). */
	public static byte[] read(Path file, FileKind kind) throws SocialmapFileException {
		return RegularFileReader.read(file, kind);
	}

	/**
	 * Loads {@code content}, the bytes read from {@code file}, into {@code resource} and returns the
	 * file's one root element. A failed load may leave some elements in the resource.
	 *
	 * @param options load options added to the resource's own, or null
	 */
	public static EObject load(Resource resource, Path file, byte[] content, FileKind kind, Map<?, ?> options)
			throws SocialmapFileException {
		if (isBlank(content)) {
			throw new SocialmapFileException(file, 0, "the file is empty", null);
		}
		try {
			// From the bytes read: what the parser saw is what a failure is explained with.
			resource.load(new ByteArrayInputStream(content), options);
		} catch (IOException | RuntimeException e) {
			throw LoadFailures.explain(file, content, e, resource.getErrors(), kind);
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (root == null || root.eClass() != kind.root() || resource.getContents().size() > 1) {
			String found = root == null ? "nothing" : ElementPhrase.withArticle(root.eClass().getName());
			throw new SocialmapFileException(file, 0, "not a Socialmap " + kind.noun() + ": it should hold one "
					+ kind.root().getName() + ", but holds " + found, null);
		}
		return root;
	}

	private static boolean isBlank(byte[] content) {
		for (byte b : content) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return false;
			}
		}
		return true;
	}
}
