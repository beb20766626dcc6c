package org.socialmap.model.io;

import java.util.Map;

import javax.xml.XMLConstants;

/**
 * SAX parser features that refuse any DOCTYPE. A Socialmap file never needs one, and refusing it
 * is the only sure way to keep external entities from being resolved and entity bombs from expanding.
 */
public final class SecureParserFeatures {

	public static final Map<String, Boolean> FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
			XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

	private SecureParserFeatures() {
	}
}
