package org.socialmap.cli.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.socialmap.catalog.Catalogs;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.cli.output.TerminalText;
import org.socialmap.diagram.server.DiagramServer;
import org.socialmap.diagram.server.DiagramServerSetup;
import org.socialmap.diagram.server.WebRoot;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;

/**
 * {@code socialmap serve FILE [--port N]}: the model's diagrams in any browser of this machine, like
 * Jupyter: prints the page's address with the session token, and the websocket's, then serves until
 * Ctrl+C.
 */
public final class ServeCommand implements Command {

	private static final String PORT = "--port";

	private final Options options = new Options()
			.value(PORT, "N", "Port to listen on, on 127.0.0.1 (default 0: any free port).");

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public String summary() {
		return "Serves a model's diagrams to a browser on this machine, until Ctrl+C.";
	}

	@Override
	public String usage() {
		return "[--port N] FILE";
	}

	@Override
	public String help() {
		return """
				Starts the diagram server on 127.0.0.1 (never on other addresses) and prints two lines:
				the page to open in a browser, http://127.0.0.1:PORT/?token=T, and the websocket the page
				talks to, ws://127.0.0.1:PORT/socialmap?token=T. T is a new secret for each run: only a page
				of this server showing it may read or change the model. Runs until Ctrl+C (or SIGTERM),
				then stops cleanly and exits with 0.

				Exits with 2 when FILE cannot be read or the port is in use.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().size() != 1) {
			throw new UsageException(arguments.operands().isEmpty() ? "no model file given" : "serve takes one model file");
		}
		int port = port(arguments.value(PORT, "0"));
		Path file = Path.of(arguments.operands().get(0));
		context.progress().step("reading " + file);
		ModelDocument document = ModelDocument.open(file, ModelServices.installed(), ModelAccess.locked());
		DiagramServer server = DiagramServer
				.start(DiagramServerSetup.forDocument(document, webRoot(context), Catalogs.registry(), port));
		ShutdownSignal signal = new ShutdownSignal();
		int exitCode = ExitCode.FAILURE;
		try {
			context.out().println(server.pageUri());
			context.out().println(server.websocketUri());
			context.out().flush();
			context.err().println("Serving " + TerminalText.safe(file.toString()) + "; press Ctrl+C to stop.");
			signal.await();
			server.close();
			context.err().println("Stopped.");
			exitCode = ExitCode.OK;
			return exitCode;
		} finally {
			signal.finished(exitCode);
		}
	}

	private static int port(String value) throws UsageException {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException("--port takes a port number from 0 to 65535 (0: any free port), not '" + value + "'");
	}

	/** The client's files; without the client bundle the server still runs, with no page to show. */
	private static WebRoot webRoot(CommandContext context) {
		Optional<WebRoot> client = WebRoot.ofBundle(WebRoot.CLIENT_BUNDLE);
		if (client.isEmpty()) {
			context.err().println("The diagram client (" + WebRoot.CLIENT_BUNDLE
					+ ") is not installed: the page will be empty.");
		}
		return client.orElse(relativePath -> Optional.empty());
	}
}
