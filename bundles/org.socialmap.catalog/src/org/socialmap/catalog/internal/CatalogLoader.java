package org.socialmap.catalog.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.CatalogRegistry;

/**
 * Parses catalog files one by one and merges them, wherever they come from; a file that cannot be
 * read becomes a problem, never an exception.
 */
public final class CatalogLoader {

	private final List<CatalogContribution> contributions = new ArrayList<>();
	private final List<CatalogProblem> problems = new ArrayList<>();

	public void load(String contributor, String file, int priority, URL url, IconResolver icons) {
		try (InputStream in = url.openStream()) {
			ParsedCatalog catalog = new CatalogParser(contributor, file, icons).parse(in);
			contributions.add(new CatalogContribution(contributor, file, priority, catalog));
		} catch (FileNotFoundException | NoSuchFileException e) {
			skip(contributor, file, "the catalog file does not exist");
		} catch (CatalogFormatException e) {
			skip(contributor, file, e.line(), e.getMessage());
		} catch (IOException e) {
			skip(contributor, file, "the catalog file cannot be read");
		}
	}

	/** Reports a catalog that is left out, and why. */
	public void skip(String contributor, String file, String reason) {
		skip(contributor, file, 0, reason);
	}

	private void skip(String contributor, String file, int line, String reason) {
		problems.add(new CatalogProblem(Severity.ERROR, contributor, file, line, reason + "; the catalog is skipped"));
	}

	public CatalogRegistry merge() {
		return new CatalogMerger().merge(contributions, problems);
	}
}
