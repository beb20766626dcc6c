package org.socialmap.notation.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.socialmap.model.Agency;
import org.socialmap.model.io.FileKind;
import org.socialmap.model.io.FileLoader;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.model.io.SocialmapResourceFactory;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NotationPackage;

/**
 * Opens and saves the layout of a model's diagrams, {@code NAME.smlayout} beside
 * {@code NAME.socialmap}, inside or outside OSGi. A layout never stops its model from opening or
 * from being saved: a missing file gives an empty layout, a file that cannot be used (or the part of
 * it that cannot) is set aside with a warning, and a layout that cannot be saved does not undo the
 * model's save.
 */
public final class LayoutFiles {

	/** What a layout file must hold, and how messages name it. */
	private static final FileKind LAYOUT = new FileKind("layout", NotationPackage.Literals.LAYOUT);

	/** Said of a layout file that could not be used at all. */
	private static final String SET_ASIDE = "; the diagrams are laid out automatically, and the file is left as it is";

	private LayoutFiles() {
	}

	/** A resource set that reads and writes models and their layouts, with or without a running Eclipse. */
	public static ResourceSet newResourceSet() {
		return register(SocialmapFiles.newResourceSet());
	}

	/** The layout file of a model file: {@code NAME.smlayout} for {@code NAME.socialmap}, in the same folder. */
	public static Path layoutPathFor(Path modelFile) {
		String name = modelFile.getFileName().toString();
		String suffix = "." + SocialmapResourceFactory.FILE_EXTENSION;
		String base = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
		return modelFile.resolveSibling(base + "." + LayoutResourceFactory.FILE_EXTENSION);
	}

	/**
	 * Opens the layout of {@code model}, read from {@code modelFile}, into the model's resource set
	 * (replacing a layout of that file opened there before), or into a resource set of its own for a
	 * model in none. Nothing is ever written here:
	 * <ul>
	 * <li>no layout file: an empty layout, no warning;</li>
	 * <li>a file that cannot be read or used as a layout (not XML, truncated, a DOCTYPE, another
	 * namespace, a value that is not a number...): an empty layout and one warning; saving the layout
	 * replaces the file, unless another program changed it meanwhile;</li>
	 * <li>entries naming elements the model does not have, and entries repeating an earlier one, are
	 * dropped, with one warning for each of the two.</li>
	 * </ul>
	 * An empty layout, or an element without an entry, is for the diagrams to lay out automatically.
	 */
	public static OpenedLayout open(Path modelFile, Agency model) {
		Path file = layoutPathFor(modelFile);
		LayoutResource resource = newResource(resourceSetOf(model), file);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return new OpenedLayout(resource.startEmpty(), List.of());
		}
		byte[] content;
		try {
			content = FileLoader.read(file, LAYOUT);
		} catch (SocialmapFileException unreadable) {
			return new OpenedLayout(resource.startEmpty(), List.of(setAside(unreadable)));
		}
		ElementLines lines = new ElementLines();
		try {
			Layout layout = (Layout) FileLoader.load(resource, file, content, LAYOUT,
					Map.of(LayoutResource.OPTION_RECORD_LINES, lines));
			return new OpenedLayout(layout, UnusableEntries.drop(layout, model, file, modelFile, lines));
		} catch (SocialmapFileException unusable) {
			return new OpenedLayout(resource.startEmptyOver(content), List.of(setAside(unusable)));
		}
	}

	/**
	 * Reads a layout file by itself, without a model to check it against: a version of it that Git
	 * hands a merge driver. Saving it writes {@code file} in the form every layout is written in.
	 */
	public static Layout load(ResourceSet resourceSet, Path file) throws SocialmapFileException {
		byte[] content = FileLoader.read(file, LAYOUT);
		LayoutResource resource = newResource(register(resourceSet), file);
		try {
			return (Layout) FileLoader.load(resource, file, content, LAYOUT, null);
		} catch (SocialmapFileException e) {
			resourceSet.getResources().remove(resource);
			throw e;
		}
	}

	/**
	 * Saves {@code model} (read from a file), then {@code layout} without the entries of what the model
	 * no longer has. A model that cannot be saved throws,
	 * and its layout is not saved either: it could place elements the model's file does not have. A
	 * layout that cannot be saved never stops the model's save: its failure, usually a
	 * {@code FileWriteException} saying why in words, is returned for the editor to report.
	 *
	 * @return the layout's failure, empty when both files were saved
	 */
	public static Optional<IOException> save(Agency model, Layout layout) throws IOException {
		model.eResource().save(null);
		StaleEntries.prune(layout, model);
		try {
			layout.eResource().save(null);
			return Optional.empty();
		} catch (IOException layoutNotSaved) {
			return Optional.of(layoutNotSaved);
		}
	}

	private static ResourceSet resourceSetOf(Agency model) {
		Resource resource = model.eResource();
		return resource != null && resource.getResourceSet() != null ? register(resource.getResourceSet())
				: newResourceSet();
	}

	private static ResourceSet register(ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(LayoutResourceFactory.FILE_EXTENSION, new LayoutResourceFactory());
		return resourceSet;
	}

	private static LayoutResource newResource(ResourceSet resourceSet, Path file) {
		URI uri = SocialmapFiles.fileUri(file);
		Resource opened = resourceSet.getResource(uri, false);
		if (opened != null) {
			resourceSet.getResources().remove(opened);
		}
		LayoutResource resource = new LayoutResource(uri);
		resourceSet.getResources().add(resource);
		return resource;
	}

	private static LayoutWarning setAside(SocialmapFileException problem) {
		return new LayoutWarning(problem.file(), problem.line(), problem.reason() + SET_ASIDE);
	}
}
