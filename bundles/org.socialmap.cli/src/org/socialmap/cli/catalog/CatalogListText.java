package org.socialmap.cli.catalog;

import static org.socialmap.cli.output.TerminalText.safe;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import org.socialmap.catalog.Capability;
import org.socialmap.catalog.CatalogInfo;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.cli.output.TextTable;

/**
 * The text listing of {@code catalog list}: one section per kind of thing, tables within. Catalogs are
 * files of plug-ins: their text is shown {@link org.socialmap.cli.output.TerminalText#safe safe} (the
 * tables' cells are by themselves).
 */
final class CatalogListText {

	private static final String INDENT = "  ";

	private CatalogListText() {
	}

	static String of(CatalogRegistry registry) {
		StringBuilder text = new StringBuilder();
		text.append("Catalogs (").append(registry.catalogs().size()).append(")\n");
		for (CatalogInfo catalog : registry.catalogs()) {
			text.append(INDENT).append(safe(catalog.id())).append(": ").append(safe(catalog.name())).append('\n')
					.append(INDENT.repeat(2)).append("from ").append(safe(catalog.contributor())).append('/')
					.append(safe(catalog.file())).append(", priority ").append(catalog.priority()).append('\n')
					.append(INDENT.repeat(2)).append(catalog.platformCount()).append(" platforms, ")
					.append(catalog.kindCount()).append(" kinds, ").append(catalog.organisationModelCount())
					.append(" organisation models\n");
		}

		TextTable platforms = new TextTable().row("ID", "NAME", "STATUS", "KINDS", "CAPABILITIES");
		registry.platforms().forEach(platform -> platforms.row(platform.id(), platform.name(), status(platform),
				String.join(", ", platform.kinds()), capabilities(platform)));
		section(text, "Platforms", registry.platforms().size(), platforms);

		TextTable kinds = new TextTable().row("ID", "NAME");
		registry.kinds().forEach(kind -> kinds.row(kind.id(), kind.name()));
		section(text, "Platform kinds", registry.kinds().size(), kinds);

		TextTable models = new TextTable().row("ID", "NAME", "STRUCTURE", "SOURCE");
		for (OrganisationModel model : registry.organisationModels()) {
			models.row(model.id(), model.name(), model.structure().getLiteral(), BuiltinCatalog.sourceOf(model));
		}
		section(text, "Organisation models", registry.organisationModels().size(), models);

		text.append('\n');
		if (registry.problems().isEmpty()) {
			text.append("No problems in the installed catalogs.\n");
		} else {
			text.append("Problems (").append(registry.problems().size()).append(")\n");
			for (CatalogProblem problem : registry.problems()) {
				text.append(INDENT).append(problem.severity().name().toLowerCase(Locale.ROOT)).append(' ')
						.append(safe(problem.where())).append(": ")
						.append(safe(problem.message())).append('\n');
			}
		}
		return text.toString();
	}

	private static void section(StringBuilder text, String title, int count, TextTable table) {
		text.append('\n').append(title).append(" (").append(count).append(")\n").append(table.format(INDENT));
	}

	private static String status(Platform platform) {
		String status = platform.status().name().toLowerCase(Locale.ROOT);
		return platform.closed() == null ? status : status + " " + platform.closed();
	}

	/** In the enum's order: a platform's capabilities come as a set without one. */
	private static String capabilities(Platform platform) {
		return platform.capabilities().stream().sorted(Comparator.naturalOrder()).map(Capability::id)
				.collect(Collectors.joining(", "));
	}
}
