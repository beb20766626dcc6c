package org.socialmap.model.io;

import org.eclipse.emf.ecore.EClass;
import org.socialmap.model.SocialmapPackage;

/**
 * A kind of file {@link FileLoader} reads: the word its messages name it with ("model": "not a
 * Socialmap model") and the type of the one element it holds, whose package is the namespace its
 * elements must be in.
 *
 * @param noun what a file of the kind is, in a sentence
 * @param root the type of the file's one root element
 */
public record FileKind(String noun, EClass root) {

	/** A {@code *.socialmap} file: one Agency. */
	public static final FileKind MODEL = new FileKind("model", SocialmapPackage.Literals.AGENCY);
}
