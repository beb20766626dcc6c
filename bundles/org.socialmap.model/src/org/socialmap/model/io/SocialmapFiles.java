package org.socialmap.model.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapPackage;
import org.xml.sax.SAXParseException;

/**
 * Opens {@code *.socialmap} files inside or outside OSGi and turns every way a file can be bad into
 * one {@link SocialmapFileException} that says which file, which line and what is wrong. Reading
 * never writes: a bad file stays on disk exactly as it was.
 */
public final class SocialmapFiles {

	private SocialmapFiles() {
	}

	/** A resource set that reads and writes Socialmap files, with or without a running Eclipse. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(SocialmapPackage.eNS_URI, SocialmapPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(SocialmapResourceFactory.FILE_EXTENSION, new SocialmapResourceFactory());
		return resourceSet;
	}

	/** Loads the agency a file holds, in a resource set of its own. */
	public static Agency load(Path file) throws SocialmapFileException {
		return load(newResourceSet(), file);
	}

	/** Loads the agency a file holds into {@code resourceSet}. */
	public static Agency load(ResourceSet resourceSet, Path file) throws SocialmapFileException {
		Resource resource = resourceSet.createResource(fileUri(file));
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw explain(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			resourceSet.getResources().remove(resource);
			throw explain(file, (Exception) resource.getErrors().get(0));
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Agency agency) || resource.getContents().size() > 1) {
			resourceSet.getResources().remove(resource);
			String found = root == null ? "nothing" : "a " + root.eClass().getName();
			throw new SocialmapFileException(file, 0,
					"not a Socialmap model: it should hold one Agency, but holds " + found, null);
		}
		return agency;
	}

	/** The EMF URI of a local file, absolute so that relative paths resolve the same everywhere. */
	public static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	private static SocialmapFileException explain(Path file, Exception problem) {
		Throwable cause = mostTelling(problem);
		if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
			return new SocialmapFileException(file, 0, "no such file", cause);
		}
		if (cause instanceof PackageNotFoundException notFound) {
			return new SocialmapFileException(file, notFound.getLine(), "not a Socialmap model: it uses the namespace '"
					+ notFound.uri() + "' where Socialmap files use '" + SocialmapPackage.eNS_URI + "'", cause);
		}
		if (cause instanceof ClassNotFoundException | cause instanceof FeatureNotFoundException) {
			XMIException xmi = (XMIException) cause;
			return new SocialmapFileException(file, xmi.getLine(),
					"not a valid Socialmap model: " + xmi.getMessage(), cause);
		}
		if (cause instanceof SAXParseException sax) {
			return new SocialmapFileException(file, sax.getLineNumber(), describe(sax), cause);
		}
		if (cause instanceof XMIException xmi) {
			return new SocialmapFileException(file, xmi.getLine(), String.valueOf(xmi.getMessage()), cause);
		}
		return new SocialmapFileException(file, 0, "cannot be read: " + cause, cause);
	}

	private static String describe(SAXParseException sax) {
		String message = String.valueOf(sax.getMessage());
		if (message.contains("DOCTYPE")) {
			return "it declares a DOCTYPE; Socialmap files never do, so it is refused and no entity in it is resolved";
		}
		if (message.contains("Premature end of file") || message.contains("XML document structures must start and end")) {
			return "the file ends before the model does (truncated or empty): " + message;
		}
		return "not well-formed XML: " + message;
	}

	/** The exception in the chain that says the most: the parser's own, or EMF's about the model. */
	private static Throwable mostTelling(Throwable problem) {
		for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
			boolean wrapsAnother = cause.getCause() != null && cause.getCause() != cause;
			if (!wrapsAnother || cause instanceof SAXParseException || cause instanceof FileNotFoundException
					|| cause instanceof NoSuchFileException) {
				return cause;
			}
		}
		return problem;
	}
}
