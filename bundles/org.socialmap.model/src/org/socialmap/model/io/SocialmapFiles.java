package org.socialmap.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapPackage;

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
		byte[] content = RegularFileReader.read(file);
		if (isBlank(content)) {
			throw new SocialmapFileException(file, 0, "the file is empty", null);
		}
		Resource resource = resourceSet.createResource(fileUri(file));
		try {
			// From the bytes read: what the parser saw is what a failure is explained with.
			resource.load(new ByteArrayInputStream(content), null);
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw LoadFailures.explain(file, content, e, resource.getErrors());
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Agency agency) || resource.getContents().size() > 1) {
			resourceSet.getResources().remove(resource);
			String found = root == null ? "nothing" : ElementPhrase.withArticle(root.eClass().getName());
			throw new SocialmapFileException(file, 0,
					"not a Socialmap model: it should hold one Agency, but holds " + found, null);
		}
		return agency;
	}

	/** The EMF URI of a local file, absolute so that relative paths resolve the same everywhere. */
	public static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
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
