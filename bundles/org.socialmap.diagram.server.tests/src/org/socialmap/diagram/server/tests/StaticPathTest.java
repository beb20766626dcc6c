package org.socialmap.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialmap.diagram.server.web.StaticPath;

/** The rule that keeps static requests inside the web root, on the raw paths a client could send. */
class StaticPathTest {

	@ParameterizedTest
	@CsvSource({ "/, index.html", "/index.html, index.html", "/css/, css/index.html", "/js/bundle.js, js/bundle.js",
			"/a-b_c.d.js, a-b_c.d.js" })
	void plainPathsAreRelativeToTheRoot(String raw, String relative) {
		assertEquals(Optional.of(relative), StaticPath.relative(raw));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "index.html", "/..", "/../x", "/a/../x", "/./x", "/.hidden", "//x", "/a//b",
			"/%2e%2e/x", "/a%2Fb", "/..%5cx", "/a\\b", "C:\\x", "/x;y", "/x?y", "/x y", "/é" })
	void everythingElseIsRefused(String raw) {
		assertEquals(Optional.empty(), StaticPath.relative(raw));
	}
}
