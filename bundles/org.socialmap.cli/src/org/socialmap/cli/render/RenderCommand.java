package org.socialmap.cli.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.socialmap.catalog.Catalogs;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.cli.output.TerminalText;
import org.socialmap.diagram.render.DiagramKind;
import org.socialmap.diagram.render.ModelDrawing;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.io.AtomicFileWriter;

/**
 * {@code socialmap render FILE --diagram map|team|matrix --format svg|png --out F}: a diagram drawn by
 * the editor's own client in a headless Chromium, so it is what the editor shows, without a display.
 */
public final class RenderCommand implements Command {

	private static final String CLIENT = "--client";
	private static final String DIAGRAM = "--diagram";
	private static final String FORMAT = "--format";
	private static final String OUT = "--out";

	private final Options options = new Options()
			.value(CLIENT, "ID", "The client company whose diagram to draw (default: the model's first).")
			.choice(DIAGRAM, List.of("map", "team", "matrix"), "Which diagram. Required.")
			.choice(FORMAT, List.of("svg", "png"), "The picture's format (default: svg).")
			.value(OUT, "FILE", "The file to write. Required.");

	@Override
	public String name() {
		return "render";
	}

	@Override
	public String summary() {
		return "Draws a client's diagram as SVG or PNG, without a display.";
	}

	@Override
	public String usage() {
		return "--diagram map|team|matrix [--client ID] [--format svg|png] --out FILE FILE";
	}

	@Override
	public String help() {
		return """
				Draws one diagram of one client of FILE with the diagram editor's own web client, in a
				headless Chromium (Debian's chromium at /usr/bin/chromium, or the executable that
				$SOCIALMAP_CHROMIUM names), and writes it to the --out file. The layout is the one
				saved beside the model (NAME.smlayout), else an automatic one. The SVG is
				self-contained (icons inlined); the PNG is that SVG drawn at its own size.

				Exits with 0 when the file is written, 2 when FILE cannot be read, the client does not
				exist, Chromium is missing or the picture cannot be written.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().size() != 1) {
			throw new UsageException(arguments.operands().isEmpty() ? "no model file given" : "render takes one model file");
		}
		DiagramKind kind = DiagramKind.byId(required(arguments, DIAGRAM, "map|team|matrix")).orElseThrow();
		Path out = Path.of(required(arguments, OUT, "FILE"));
		boolean png = arguments.value(FORMAT, "svg").equals("png");
		Path file = Path.of(arguments.operands().get(0));
		context.progress().step("reading " + file);
		ModelDocument document = ModelDocument.open(file, ModelServices.installed(), ModelAccess.locked());
		ClientCompany client = client(document.agency(), arguments.value(CLIENT, null));
		context.progress().step("starting the diagram server and Chromium");
		try (ModelDrawing drawing = ModelDrawing.start(document, Catalogs.registry(), ModelDrawing.PATIENCE)) {
			context.progress().step("drawing the " + kind.id() + " of " + client.getId());
			byte[] picture = png ? drawing.png(client.getId(), kind)
					: drawing.svg(client.getId(), kind).getBytes(StandardCharsets.UTF_8);
			context.progress().step("writing " + out);
			AtomicFileWriter.writeIfChanged(out, picture);
		}
		context.out().println(TerminalText.safe(out.toString()));
		return ExitCode.OK;
	}

	private static String required(Arguments arguments, String option, String valueName) throws UsageException {
		String value = arguments.value(option, null);
		if (value == null) {
			throw new UsageException(option + " " + valueName + " is required");
		}
		return value;
	}

	private static ClientCompany client(Agency agency, String id) throws UsageException {
		if (agency.getClients().isEmpty()) {
			throw new UsageException("the model has no client company to draw");
		}
		if (id == null) {
			return agency.getClients().get(0);
		}
		return agency.getClients().stream().filter(client -> id.equals(client.getId())).findFirst()
				.orElseThrow(() -> new UsageException("the model has no client company '" + id + "'; its clients are: "
						+ agency.getClients().stream().map(ClientCompany::getId).collect(Collectors.joining(", "))));
	}
}
