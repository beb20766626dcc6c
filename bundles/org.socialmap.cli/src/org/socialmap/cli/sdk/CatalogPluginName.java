package org.socialmap.cli.sdk;

import java.util.List;
import java.util.Set;

import org.socialmap.cli.UsageException;

/**
 * The name of a catalog plug-in, e.g. {@code com.agency.catalog}: at once its bundle id, its Java
 * package and its catalog id, so it must be valid as all three: lower-case words of letters and digits
 * joined by dots (catalog ids allow no upper case, packages no hyphens), none of them a Java keyword.
 */
public record CatalogPluginName(String id) {

	/** Java's keywords and literals, which no package segment may be. */
	private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
			"false", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
			"interface", "long", "native", "new", "null", "package", "private", "protected", "public", "return",
			"short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
			"transient", "true", "try", "void", "volatile", "while", "_");

	private static final String SEGMENT = "[a-z][a-z0-9]*";

	public static CatalogPluginName parse(String text) throws UsageException {
		String example = " (a bundle id, a Java package and a catalog id at once, like com.agency.catalog)";
		List<String> segments = List.of(text.split("\\.", -1));
		if (segments.size() < 2 || !segments.stream().allMatch(segment -> segment.matches(SEGMENT))) {
			throw new UsageException("'" + text + "' is not a valid plug-in name: use two or more lower-case words of"
					+ " letters and digits, each starting with a letter, joined by dots" + example);
		}
		for (String segment : segments) {
			if (RESERVED.contains(segment)) {
				throw new UsageException("'" + text + "' is not a valid plug-in name: '" + segment
						+ "' is a Java keyword and cannot be part of a package" + example);
			}
		}
		if (text.equals("org.socialmap") || text.startsWith("org.socialmap.")) {
			throw new UsageException("'" + text + "' is not a valid plug-in name: names under org.socialmap are"
					+ " Socialmap's own; use your organisation's" + example);
		}
		return new CatalogPluginName(text);
	}

	/** The Java package of the plug-in's classes: the name itself. */
	public String packageName() {
		return id;
	}

	/** The package as a folder path, e.g. {@code com/agency/catalog}. */
	public String packagePath() {
		return id.replace('.', '/');
	}

	/** The stem of the plug-in's class names: its last word, capitalised, e.g. {@code Catalog}. */
	public String classStem() {
		String last = id.substring(id.lastIndexOf('.') + 1);
		return Character.toUpperCase(last.charAt(0)) + last.substring(1);
	}
}
