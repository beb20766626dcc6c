package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.plugins.MissingRequirement;

/** The filters are the ones Equinox builds from Require-Bundle, Import-Package and Require-Capability headers. */
class MissingRequirementTest {

	@Test
	void aBundleOutsideItsVersionRangeNamesTheRangeAndWhatIsInstalled() {
		String filter = "(&(osgi.wiring.bundle=org.socialmap.rules)(&(bundle-version>=9.0.0)(!(bundle-version>=10.0.0))))";

		assertEquals("it requires bundle org.socialmap.rules version 9.0.0 or newer and older than 10.0.0, and the "
				+ "installation has 1.0.0.v1", MissingRequirement.describe("osgi.wiring.bundle", filter, List.of("1.0.0.v1"), 21));
	}

	@Test
	void aMissingBundleWithoutRangeIsNamed() {
		assertEquals("it requires bundle com.example.missing, which is not installed",
				MissingRequirement.describe("osgi.wiring.bundle", "(osgi.wiring.bundle=com.example.missing)", List.of(), 21));
	}

	@Test
	void aFragmentOfAHostAtAnotherVersionNamesTheHost() {
		String filter = "(&(osgi.wiring.host=org.socialmap.catalog)(bundle-version>=2.0.0))";

		assertEquals("it is a fragment of bundle org.socialmap.catalog version 2.0.0 or newer, and the installation has "
				+ "1.0.0.v1", MissingRequirement.describe("osgi.wiring.host", filter, List.of("1.0.0.v1"), 21));
	}

	@Test
	void anExclusiveLowerAndInclusiveUpperBoundAreSaidAsSuch() {
		String filter = "(&(osgi.wiring.package=com.example.api)(!(version<=1.0.0))(version<=2.0.0))";

		assertEquals("it imports package com.example.api version newer than 1.0.0 and 2.0.0 or older, which no installed "
				+ "bundle exports", MissingRequirement.describe("osgi.wiring.package", filter, List.of(), 21));
	}

	@Test
	void aNewerJavaIsNamedWithTheRunningOne() {
		assertEquals("it needs Java 25 and this runs on Java 21",
				MissingRequirement.describe("osgi.ee", "(&(osgi.ee=JavaSE)(version=25))", List.of(), 21));
	}
}
