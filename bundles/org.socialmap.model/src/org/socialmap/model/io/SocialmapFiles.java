package org.socialmap.model.io;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
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

	/** Loads the agency a file holds into {@code resourceSet}; a file that cannot be loaded leaves no resource there. */
	public static Agency load(ResourceSet resourceSet, Path file) throws SocialmapFileException {
		byte[] content = FileLoader.read(file, FileKind.MODEL);
		Resource resource = resourceSet.createResource(fileUri(file));
		try {
			return (Agency) FileLoader.load(resource, file, content, FileKind.MODEL, null);
		} catch (SocialmapFileException e) {
			resourceSet.getResources().remove(resource);
			throw e;
		}
	}

	/** The EMF URI of a local file, absolute so that relative paths resolve the same everywhere. */
	public static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
