package org.socialmap.notation.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.socialmap.notation.NotationPackage;
import org.socialmap.notation.io.LayoutResource;

/** Inside Eclipse, any resource set reads {@code *.smlayout} files with the layout resource, through plugin.xml. */
class LayoutRegistrationTest {

	@Test
	void theFileExtensionAndTheNamespaceAreRegistered() {
		assertInstanceOf(LayoutResource.class, new ResourceSetImpl().createResource(URI.createFileURI("/maps/acme.smlayout")));
		assertSame(NotationPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://www.socialmap.org/notation/1.0"));
	}
}
