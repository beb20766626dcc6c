package org.socialmap.compare.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.tests.common.ExampleModels;

/** The article's example map, loaded as often as a test needs versions of it, and models as text. */
final class ExampleMap {

	static final String FILE = "social-media-in-azienda.socialmap";

	private ExampleMap() {
	}

	/** The example written into {@code folder}. */
	static Path file(Path folder) throws IOException {
		Path file = folder.resolve(FILE);
		if (Files.notExists(file)) {
			Files.write(file, ExampleModels.all().get(FILE));
		}
		return file;
	}

	/** One more copy of the example, in a resource set of its own. */
	static Agency load(Path folder) throws IOException, SocialmapFileException {
		return SocialmapFiles.load(file(folder));
	}

	static ClientCompany officina(Agency agency) {
		return agency.getClients().get(0);
	}

	static Presence presence(Agency agency, String id) {
		return (Presence) element(agency, id);
	}

	static Member member(Agency agency, String id) {
		return (Member) element(agency, id);
	}

	static ModelElement element(Agency agency, String id) {
		EObject element = agency.eResource().getEObject(id);
		if (element == null) {
			throw new IllegalArgumentException("no element " + id);
		}
		return (ModelElement) element;
	}

	/** As the editors delete a member: with the curations that name them. */
	static void deleteMember(Member member) {
		List.copyOf(member.getCurations()).forEach(EcoreUtil::remove);
		EcoreUtil.remove(member);
	}

	/** The model as Socialmap writes it. */
	static String text(Agency agency) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Resource resource = agency.eResource();
			resource.save(bytes, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
