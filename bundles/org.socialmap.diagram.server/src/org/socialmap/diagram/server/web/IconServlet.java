package org.socialmap.diagram.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;

/**
 * {@code /icons/PLATFORM.svg}: a platform's icon from the installed catalogs (SVG or PNG, whatever the
 * catalog ships, with the matching type), or a generic icon for a platform no catalog has.
 */
public final class IconServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final Pattern ICON_PATH = Pattern.compile("/([A-Za-z0-9][A-Za-z0-9._-]*)\\.svg");
	private static final String GENERIC_ICON = "generic-platform.svg";

	private final transient CatalogRegistry catalogs;

	public IconServlet(CatalogRegistry catalogs) {
		this.catalogs = catalogs;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Matcher path = ICON_PATH.matcher(String.valueOf(request.getPathInfo()));
		if (!path.matches()) {
			PlainText.send(response, HttpServletResponse.SC_NOT_FOUND, "Not found: icons are /icons/PLATFORM.svg.");
			return;
		}
		URL icon = catalogs.platform(path.group(1)).map(Platform::icon)
				.orElseGet(() -> IconServlet.class.getResource(GENERIC_ICON));
		Optional<String> type = ContentTypes.of(icon.getPath());
		response.setContentType(type.orElse("image/svg+xml"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (InputStream in = icon.openStream()) {
			in.transferTo(response.getOutputStream());
		}
	}
}
