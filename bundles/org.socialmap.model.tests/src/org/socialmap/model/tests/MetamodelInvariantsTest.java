package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.SocialmapPackage;

class MetamodelInvariantsTest {

	private static final SocialmapPackage PACKAGE = SocialmapPackage.eINSTANCE;

	@Test
	void theMetamodelIsAValidEcoreModel() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(PACKAGE);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> diagnostic.getChildren().toString());
	}

	@Test
	void everyCrossReferencePointsAtElementsWithAnId() {
		// References are written as ids so that files diff well and survive reordering.
		List<String> withoutId = new ArrayList<>();
		for (EClass eClass : classes()) {
			for (EReference reference : eClass.getEReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isTransient()
						&& reference.getEReferenceType().getEIDAttribute() == null) {
					withoutId.add(eClass.getName() + "." + reference.getName());
				}
			}
		}
		assertEquals(List.of(), withoutId);
	}

	@Test
	void everyNamedElementHasItsIdAsTheEcoreId() {
		for (EClass eClass : classes()) {
			if (PACKAGE.getModelElement().isSuperTypeOf(eClass)) {
				assertEquals(PACKAGE.getModelElement_Id(), eClass.getEIDAttribute(), eClass.getName());
			}
		}
	}

	@Test
	void platformsAndKindsAreNamedByIdNotByReference() {
		// So that a model naming a platform no installed catalog knows still opens and saves unchanged.
		for (EAttribute attribute : List.of(PACKAGE.getPresence_Platform(), PACKAGE.getAffinity_Platform(),
				PACKAGE.getAffinity_PlatformKind(), PACKAGE.getClientCompany_OrganisationModel())) {
			assertEquals(EcorePackage.Literals.ESTRING, attribute.getEAttributeType(), attribute.getName());
		}
	}

	@Test
	void enumLiteralsAreTheLowercaseWordsFilesUse() {
		for (EClassifier classifier : PACKAGE.getEClassifiers()) {
			if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					assertTrue(literal.getLiteral().matches("[a-z]+(-[a-z]+)*"), eEnum.getName() + "." + literal.getLiteral());
				}
			}
		}
	}

	@Test
	void aMembersCurationsFollowTheCurationsThatNameIt() {
		SocialmapFactory factory = SocialmapFactory.eINSTANCE;
		Member member = factory.createMember();
		Presence presence = factory.createPresence();
		Curation curation = factory.createCuration();
		presence.getCurations().add(curation);
		curation.setMember(member);
		assertEquals(List.of(curation), member.getCurations());
		assertEquals(presence, curation.getPresence());
		curation.setMember(null);
		assertTrue(member.getCurations().isEmpty());
	}

	@Test
	void theMemberSideOfCurationIsNotWrittenToFiles() {
		assertTrue(PACKAGE.getMember_Curations().isTransient());
		assertFalse(PACKAGE.getCuration_Member().isTransient());
	}

	private static List<EClass> classes() {
		return PACKAGE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList();
	}
}
