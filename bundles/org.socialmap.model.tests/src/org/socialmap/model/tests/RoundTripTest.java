package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.model.io.SocialmapFiles;

class RoundTripTest {

	@TempDir
	Path folder;

	@Test
	void theSampleSetsEveryFeatureThatFilesCarry() {
		Set<String> unset = new TreeSet<>(persistedFeatures());
		EObject root = SampleAgency.create();
		markSet(root, unset);
		root.eAllContents().forEachRemaining(object -> markSet(object, unset));
		assertEquals(Set.of(), unset, "add these features to SampleAgency so the round trip covers them");
	}

	@Test
	void savingAndLoadingKeepsEveryFeature() throws IOException {
		Agency original = SampleAgency.create();
		Path file = save(original, "sample.socialmap");

		Agency loaded = SocialmapFiles.load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded model differs from the saved one");
		assertEquals(original.getClients().get(0).getTeams().get(0).getMembers().get(1).getCurations().size(),
				loaded.getClients().get(0).getTeams().get(0).getMembers().get(1).getCurations().size(),
				"the member side of curations is rebuilt on load");
	}

	@Test
	void savingALoadedFileAgainWritesTheSameBytes() throws IOException {
		Path first = save(SampleAgency.create(), "first.socialmap");
		Path second = save(SocialmapFiles.load(first), "second.socialmap");
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void filesReferToElementsByTheirIds() throws IOException {
		String text = Files.readString(save(SampleAgency.create(), "ids.socialmap"));
		assertTrue(text.contains("member=\"giulia\""), text);
		assertTrue(text.contains("source=\"site\""), text);
		assertTrue(text.contains("target=\"facebook\""), text);
	}

	@Test
	void changingOneValueChangesOneLineOfTheFile() throws IOException {
		Agency agency = SampleAgency.create();
		List<String> before = Files.readAllLines(save(agency, "before.socialmap"));
		agency.getClients().get(0).getPresences().get(1).setHandle("aperta.libri");
		List<String> after = Files.readAllLines(save(agency, "after.socialmap"));

		assertEquals(before.size(), after.size());
		List<String> changed = IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i)))
				.mapToObj(after::get).toList();
		assertEquals(List.of("        handle=\"aperta.libri\""), changed);
	}

	private Path save(Agency agency, String name) throws IOException {
		Path file = folder.resolve(name);
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(agency);
		resource.save(null);
		return file;
	}

	private static Set<String> persistedFeatures() {
		Set<String> features = new HashSet<>();
		SocialmapPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(eClass -> !eClass.isAbstract())
				.forEach(eClass -> eClass.getEAllStructuralFeatures().stream()
						.filter(feature -> !feature.isTransient() && !feature.isDerived())
						.forEach(feature -> features.add(key(eClass, feature))));
		return features;
	}

	private static void markSet(EObject object, Set<String> unset) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (object.eIsSet(feature)) {
				unset.remove(key(object.eClass(), feature));
			}
		}
	}

	private static String key(EClass eClass, EStructuralFeature feature) {
		return eClass.getName() + "." + feature.getName();
	}
}
