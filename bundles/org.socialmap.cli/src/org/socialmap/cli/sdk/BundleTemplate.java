package org.socialmap.cli.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** A project template shipped in this bundle under {@code templates/NAME/}. */
public final class BundleTemplate {

	private BundleTemplate() {
	}

	/** Every file of the template {@code name}, in path order. */
	public static List<TemplateFile> read(String name) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(BundleTemplate.class);
		String folder = "templates/" + name + "/";
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(folder, "*", true);
		if (entries == null) {
			throw new IOException("the project template '" + name + "' is missing from this installation of Socialmap"
					+ " (bundle org.socialmap.cli, folder " + folder + "): reinstall the command line");
		}
		List<TemplateFile> files = new ArrayList<>();
		for (URL entry : Collections.list(entries)) {
			String path = entry.getPath().substring(entry.getPath().indexOf(folder) + folder.length());
			if (!path.isEmpty() && !path.endsWith("/")) {
				try (InputStream in = entry.openStream()) {
					files.add(new TemplateFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		files.sort(Comparator.comparing(TemplateFile::path));
		return files;
	}
}
