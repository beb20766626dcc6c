package org.socialmap.cli.catalog;

import java.util.Comparator;
import java.util.Locale;

import org.socialmap.catalog.Capability;
import org.socialmap.catalog.CatalogInfo;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.cli.output.JsonWriter;

/**
 * The JSON listing of {@code catalog list}. Its shape is documented in docs/cli.md and versioned by
 * {@value #FORMAT_VERSION}: every member is always present (null when it has no value), members are
 * only ever added, and a change that breaks readers raises the version.
 */
final class CatalogListJson {

	static final int FORMAT_VERSION = 1;

	private CatalogListJson() {
	}

	static String of(CatalogRegistry registry) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("formatVersion").value(FORMAT_VERSION);

		json.name("catalogs").beginArray();
		for (CatalogInfo catalog : registry.catalogs()) {
			json.beginObject()
					.name("id").value(catalog.id())
					.name("name").value(catalog.name())
					.name("contributor").value(catalog.contributor())
					.name("file").value(catalog.file())
					.name("priority").value(catalog.priority())
					.name("platformCount").value(catalog.platformCount())
					.name("kindCount").value(catalog.kindCount())
					.name("organisationModelCount").value(catalog.organisationModelCount())
					.endObject();
		}
		json.endArray();

		json.name("platforms").beginArray();
		for (Platform platform : registry.platforms()) {
			json.beginObject()
					.name("id").value(platform.id())
					.name("name").value(platform.name())
					.name("kinds").values(platform.kinds())
					.name("capabilities").values(platform.capabilities().stream()
							.sorted(Comparator.naturalOrder()).map(Capability::id).toList())
					.name("status").value(platform.status().name().toLowerCase(Locale.ROOT))
					.name("launched").value(platform.launched())
					.name("closed").value(platform.closed())
					.name("urlPattern").value(platform.urlPattern())
					.name("description").value(platform.description())
					.name("catalog").value(platform.catalogId())
					.endObject();
		}
		json.endArray();

		json.name("kinds").beginArray();
		for (PlatformKind kind : registry.kinds()) {
			json.beginObject()
					.name("id").value(kind.id())
					.name("name").value(kind.name())
					.name("description").value(kind.description())
					.name("catalog").value(kind.catalogId())
					.endObject();
		}
		json.endArray();

		json.name("organisationModels").beginArray();
		for (OrganisationModel model : registry.organisationModels()) {
			json.beginObject()
					.name("id").value(model.id())
					.name("name").value(model.name())
					.name("structure").value(model.structure().getLiteral())
					.name("description").value(model.description())
					.name("source").value(BuiltinCatalog.sourceOf(model))
					.name("builtIn").value(BuiltinCatalog.defines(model))
					.endObject();
		}
		json.endArray();

		json.name("problems").beginArray();
		for (CatalogProblem problem : registry.problems()) {
			json.beginObject();
			CatalogProblemJson.members(json, problem);
			json.endObject();
		}
		json.endArray();

		return json.endObject().toString();
	}
}
