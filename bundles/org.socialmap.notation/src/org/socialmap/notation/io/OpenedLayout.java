package org.socialmap.notation.io;

import java.util.List;

import org.socialmap.notation.Layout;

/**
 * The layout of a model as {@link LayoutFiles#open} found it: what could be used of its file, and
 * what the user should be told about the rest.
 *
 * @param layout   the layout, empty when there is no file or it could not be used; in a resource
 *                 of the layout file either way, so that saving it writes that file
 * @param warnings one per problem, none when the file was used whole or there is no file
 */
public record OpenedLayout(Layout layout, List<LayoutWarning> warnings) {

	public OpenedLayout {
		warnings = List.copyOf(warnings);
	}
}
