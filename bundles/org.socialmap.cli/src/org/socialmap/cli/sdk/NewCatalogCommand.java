package org.socialmap.cli.sdk;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;

/** {@code socialmap sdk new-catalog NAME}: a catalog plug-in project of an agency's own, built outside Socialmap. */
public final class NewCatalogCommand implements Command {

	static final String TEMPLATE = "catalog-project";

	private static final String DIR = "--dir";
	private static final String SITE = "--site";

	private final Options options = new Options()
			.value(DIR, "DIR", "The folder to write the project to; it must not exist or be empty (default: ./NAME).")
			.value(SITE, "URI", "Socialmap's update site the project builds against, an address or a folder (default:"
					+ " the one built beside this command line, " + SocialmapSite.BUILT_SITE + "); it becomes"
					+ " -Dsocialmap.site in the project's .mvn/maven.config.");

	@Override
	public String name() {
		return "sdk new-catalog";
	}

	@Override
	public String summary() {
		return "Writes a catalog plug-in project of your own (catalog, rule, tests, feature, update site).";
	}

	@Override
	public String usage() {
		return "[--dir DIR] [--site URI] NAME";
	}

	@Override
	public String help() {
		return """
				Writes a standalone Maven/Tycho project for a catalog plug-in named NAME (for example
				com.agency.catalog, which is also its Java package and catalog id): the plug-in with a
				catalog file, an icon and a rule, its tests, a feature and a p2 update site, with the
				Maven wrapper and a target platform that reads Socialmap's update site and Maven Central.
				Build it with ./mvnw -B verify in that folder; docs/extending.md walks the rest.

				Exits with 0 when the project is written, 2 when NAME is not a valid plug-in name or the
				folder exists and is not empty (nothing is written then).

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().size() != 1) {
			throw new UsageException(arguments.operands().isEmpty() ? "no plug-in name given"
					: "one plug-in name expected, got " + arguments.operands().size());
		}
		CatalogPluginName name = CatalogPluginName.parse(arguments.operands().get(0));
		URI site = site(arguments.value(SITE, null));
		Path folder = Path.of(arguments.value(DIR, name.id()));
		context.progress().step("writing " + folder);
		List<Path> written = new CatalogProjectWriter(name, site).write(BundleTemplate.read(TEMPLATE), folder);
		context.out().println("Wrote " + written.size() + " files of catalog plug-in " + name.id() + " to " + folder
				+ ", building against " + site + ".");
		context.out().println("Build and test it, and get its update site in " + name.id() + ".repository/target/repository:");
		context.out().println("  cd " + folder + " && ./mvnw -B verify");
		return ExitCode.OK;
	}

	private static URI site(String option) throws UsageException, URISyntaxException {
		if (option != null) {
			return SocialmapSite.of(option);
		}
		String installArea = System.getProperty("osgi.install.area");
		Optional<URI> built = installArea == null ? Optional.empty()
				: SocialmapSite.builtBeside(Path.of(new URI(installArea.replace(" ", "%20"))));
		return built.orElseThrow(() -> new UsageException("no Socialmap update site found beside this command line:"
				+ " give the one to build against with --site URI"));
	}
}
