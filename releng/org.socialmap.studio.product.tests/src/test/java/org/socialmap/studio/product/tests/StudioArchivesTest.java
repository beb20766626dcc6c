package org.socialmap.studio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The studio's archive for each platform, unpacked as a user would: its SWT fragment, its start
 * script and a configuration that installs the same bundles as the Linux product. Windows and macOS
 * cannot run here; their start scripts are checked as far as Linux allows (the macOS one, bash, runs
 * against a fake JDK and a fake {@code uname}).
 */
class StudioArchivesTest {

	/** Each archive the build makes, where its installation sits inside it, and what it must hold. */
	enum Platform {
		LINUX("socialmap-studio-linux.gtk.x86_64.tar.gz", "socialmap-studio", "org.eclipse.swt.gtk.linux.x86_64", "socialmap-studio"),
		WINDOWS("socialmap-studio-win32.win32.x86_64.zip", "socialmap-studio", "org.eclipse.swt.win32.win32.x86_64", "socialmap-studio.cmd"),
		MACOS("socialmap-studio-macosx.cocoa.aarch64.tar.gz", "socialmap-studio.app/Contents/Eclipse", "org.eclipse.swt.cocoa.macosx.aarch64", "socialmap-studio");

		final String archive;
		final String installation;
		final String swtFragment;
		final String script;

		Platform(String archive, String installation, String swtFragment, String script) {
			this.archive = archive;
			this.installation = installation;
			this.swtFragment = swtFragment;
			this.script = script;
		}
	}

	/** An SWT fragment's jar: its name up to the version ({@code x86_64_3.135.0...}). */
	private static final Pattern SWT_FRAGMENT = Pattern.compile("org\\.eclipse\\.swt\\.(gtk|win32|cocoa)\\.\\S+?(?=_\\d+\\.\\d+\\.\\d+)");
	private static final String LAUNCHER_PREFIX = "org.eclipse.equinox.launcher_";

	@TempDir
	static Path unpacked;

	private static final Map<Platform, Path> installations = new EnumMap<>(Platform.class);

	@BeforeAll
	static void unpackEveryArchive() throws IOException, InterruptedException {
		Path products = Path.of(System.getProperty("socialmap.studio.products"));
		for (Platform platform : Platform.values()) {
			Path archive = products.resolve(platform.archive);
			assertTrue(Files.isRegularFile(archive), archive + " was not built");
			Path folder = Files.createDirectories(unpacked.resolve(platform.name()));
			if (platform.archive.endsWith(".zip")) {
				unzip(archive, folder);
			} else {
				Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", folder.toString()).inheritIO().start();
				assertTrue(tar.waitFor(120, TimeUnit.SECONDS) && tar.exitValue() == 0, "tar could not unpack " + archive);
			}
			installations.put(platform, folder.resolve(platform.installation));
		}
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void holdsItsPlatformsSwtFragmentAndNoOther(Platform platform) throws IOException {
		Set<String> fragments = plugins(platform).stream()
				.map(SWT_FRAGMENT::matcher).filter(Matcher::lookingAt).map(Matcher::group)
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(Set.of(platform.swtFragment), fragments, "SWT fragments in " + platform.archive);
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void installsTheLinuxProductsBundlesWithItsOwnSwtFragment(Platform platform) throws IOException {
		Path installation = installations.get(platform);
		String configIni = Files.readString(installation.resolve("configuration/config.ini"), StandardCharsets.UTF_8);
		assertTrue(configIni.contains("eclipse.product=org.socialmap.studio.product"), configIni);
		assertTrue(configIni.contains("org.eclipse.equinox.simpleconfigurator.configUrl=file\\:org.eclipse.equinox.simpleconfigurator/bundles.info"), configIni);

		// name,version of each bundle; SWT's fragments share the host's version
		List<String[]> entries = bundlesInfo(platform);
		Set<String> bundles = entries.stream().map(entry -> entry[0] + "," + entry[1]).collect(Collectors.toCollection(TreeSet::new));
		Set<String> expected = bundlesInfo(Platform.LINUX).stream()
				.map(entry -> (entry[0].equals(Platform.LINUX.swtFragment) ? platform.swtFragment : entry[0]) + "," + entry[1])
				.collect(Collectors.toCollection(TreeSet::new));
		for (String own : List.of("org.socialmap.studio,", "org.socialmap.ui,", "org.socialmap.diagram.ui,")) {
			assertTrue(expected.stream().anyMatch(bundle -> bundle.startsWith(own)), "the Linux product's bundles.info lacks " + own + " " + expected);
		}
		assertEquals(expected, bundles, "bundles.info of " + platform.archive + " against the Linux product's");
		for (String[] entry : entries) {
			assertTrue(Files.isRegularFile(installation.resolve(entry[2])) || Files.isDirectory(installation.resolve(entry[2])),
					platform.archive + ": bundles.info names " + entry[2] + ", which is not there");
		}
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void holdsItsStartScriptOnlyAndOneLauncherJar(Platform platform) throws IOException {
		Path installation = installations.get(platform);
		Set<String> scripts = new TreeSet<>();
		try (Stream<Path> files = Files.list(installation)) {
			files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("socialmap-studio")).forEach(scripts::add);
		}
		assertEquals(Set.of(platform.script), scripts, "start scripts in " + platform.archive);
		if (platform != Platform.WINDOWS) {
			assertTrue(Files.isExecutable(installation.resolve(platform.script)), platform.script + " is not executable in " + platform.archive);
		}
		assertTrue(Files.isRegularFile(installation.resolve("logging.properties")), "logging.properties, which the script names, is missing");
		assertEquals(1, plugins(platform).stream().filter(name -> name.startsWith(LAUNCHER_PREFIX) && name.endsWith(".jar")).count(),
				"plugins/" + LAUNCHER_PREFIX + "*.jar, which the script runs, in " + platform.archive);
	}

	@Test
	void theWindowsScriptHasCrlfLinesNamesTheLauncherAndEveryGotoHasItsLabel() throws IOException {
		byte[] bytes = Files.readAllBytes(installations.get(Platform.WINDOWS).resolve("socialmap-studio.cmd"));
		String script = new String(bytes, StandardCharsets.US_ASCII);
		assertTrue(script.endsWith("\r\n"), "the script's last line has no CRLF");
		assertFalse(script.replace("\r\n", "").contains("\n") || script.replace("\r\n", "").contains("\r"),
				"a line of socialmap-studio.cmd does not end in CRLF (cmd.exe then misreads labels)");
		assertTrue(script.contains("\"%install%plugins\\" + LAUNCHER_PREFIX + "*.jar\""), "the script does not look for plugins\\" + LAUNCHER_PREFIX + "*.jar");
		assertTrue(script.contains("%install%logging.properties"), script);
		assertTrue(script.contains("\"%JAVA_HOME%\\bin\\java.exe\""), "the script does not run JAVA_HOME's java.exe");

		List<String> lines = List.of(script.split("\r\n"));
		Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (String line : lines) {
			if (line.startsWith(":")) {
				assertTrue(labels.add(line.substring(1).strip()), "label " + line + " twice");
			}
		}
		Pattern jump = Pattern.compile("(?i)\\b(?:goto|call) :?([A-Za-z_][A-Za-z0-9_]*)");
		List<String> targets = new ArrayList<>();
		for (String line : lines) {
			if (line.strip().toLowerCase().startsWith("rem ")) {
				continue;
			}
			Matcher matcher = jump.matcher(line);
			while (matcher.find()) {
				targets.add(matcher.group(1));
			}
		}
		assertFalse(targets.isEmpty());
		for (String target : targets) {
			assertTrue(target.equalsIgnoreCase("eof") || labels.contains(target), "goto " + target + " has no label :" + target);
		}
		// Every failure is a message to the person and exit code 2, as in the Linux script.
		for (String label : labels) {
			if (Set.of("no_java_home", "no_java", "old_java", "broken_installation", "no_workspace", "workspace_not_created").contains(label)) {
				int at = lines.indexOf(":" + label);
				assertTrue(lines.get(at + 1).startsWith("echo socialmap-studio: ") && lines.get(at + 1).endsWith(" 1>&2"), lines.get(at + 1));
				assertEquals("exit /b 2", lines.get(at + 2));
			}
		}
	}

	@Test
	void theMacosScriptStartsJavaOnTheFirstThreadWithTheLauncherJar(@TempDir Path home) throws IOException, InterruptedException {
		Path bin = Files.createDirectories(home.resolve("bin"));
		executable(bin.resolve("uname"), "#!/bin/sh\necho Darwin\n");
		List<String> arguments = runWithFakeJdk(Platform.MACOS, home, bin + ":" + System.getenv("PATH"), null);

		assertEquals("-XstartOnFirstThread", arguments.get(0), "the first JVM option: " + arguments);
		assertLauncherAndApplicationArguments(Platform.MACOS, home, arguments);
	}

	@Test
	void theLinuxScriptStartsJavaWithoutTheMacosOption(@TempDir Path home) throws IOException, InterruptedException {
		List<String> arguments = runWithFakeJdk(Platform.LINUX, home, System.getenv("PATH"), ":99");

		assertFalse(arguments.stream().anyMatch(argument -> argument.startsWith("-XstartOnFirstThread") || argument.startsWith("-Xdock")), arguments.toString());
		assertLauncherAndApplicationArguments(Platform.LINUX, home, arguments);
	}

	/** Runs the platform's bash script on a file with a JAVA_HOME whose java writes its arguments down. */
	private static List<String> runWithFakeJdk(Platform platform, Path home, String path, String display) throws IOException, InterruptedException {
		Path jdk = Files.createDirectories(home.resolve("fake-jdk/bin"));
		Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"21.0.5\"\n", StandardCharsets.UTF_8);
		Path recorded = home.resolve("java-arguments.txt");
		executable(jdk.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + recorded + "\"\n");

		ProcessBuilder builder = new ProcessBuilder(installations.get(platform).resolve("socialmap-studio").toString(),
				"-data", home.resolve("workspace").toString(), home.resolve("map.socialmap").toString())
				.redirectErrorStream(true);
		builder.environment().remove("DISPLAY");
		builder.environment().remove("WAYLAND_DISPLAY");
		if (display != null) {
			builder.environment().put("DISPLAY", display);
		}
		builder.environment().put("PATH", path);
		builder.environment().put("JAVA_HOME", jdk.getParent().toString());
		builder.environment().put("HOME", home.toString());
		builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
		Process process = builder.start();
		process.getOutputStream().close();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), output);
		return Files.readAllLines(recorded, StandardCharsets.UTF_8);
	}

	private static void assertLauncherAndApplicationArguments(Platform platform, Path home, List<String> arguments) throws IOException {
		int jar = arguments.indexOf("-jar");
		assertTrue(jar > 0, "no -jar: " + arguments);
		Path launcher = Path.of(arguments.get(jar + 1));
		assertEquals(installations.get(platform).resolve("plugins").toRealPath(), launcher.getParent().toRealPath());
		assertTrue(launcher.getFileName().toString().startsWith(LAUNCHER_PREFIX), arguments.toString());
		List<String> jvmOptions = arguments.subList(0, jar);
		assertTrue(jvmOptions.contains("-Djava.util.logging.config.file=" + installations.get(platform).toRealPath().resolve("logging.properties")), jvmOptions.toString());
		assertEquals(List.of("-data", home.resolve("workspace").toString(), home.resolve("map.socialmap").toString()),
				arguments.subList(arguments.size() - 3, arguments.size()), "the application arguments, after the launcher's");
	}

	private static List<String> plugins(Platform platform) throws IOException {
		try (Stream<Path> files = Files.list(installations.get(platform).resolve("plugins"))) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	/** bundles.info's entries, each as name, version, location, start level, autostart. */
	private static List<String[]> bundlesInfo(Platform platform) throws IOException {
		Path info = installations.get(platform).resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		return Files.readAllLines(info, StandardCharsets.UTF_8).stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(","))
				.toList();
	}

	private static void executable(Path file, String content) throws IOException {
		Files.writeString(file, content, StandardCharsets.UTF_8);
		assertTrue(file.toFile().setExecutable(true));
	}

	private static void unzip(Path archive, Path folder) throws IOException {
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			for (ZipEntry entry : zip.stream().toList()) {
				Path target = folder.resolve(entry.getName()).normalize();
				assertTrue(target.startsWith(folder), "an entry outside the archive's folder: " + entry.getName());
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					try (InputStream in = zip.getInputStream(entry)) {
						Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
		}
	}
}
