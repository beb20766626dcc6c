package org.socialmap.model.io;

import java.io.CharConversionException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Turns whatever stopped EMF and the XML parser into one {@link SocialmapFileException}: the file,
 * the line, and what is wrong in a person's words, never a Java class or exception name.
 */
final class LoadFailures {

	private static final String DOCTYPE = "DOCTYPE";
	private static final String DOCTYPE_REFUSED = "it declares a DOCTYPE; Socialmap files never do, so it is refused and no entity in it is resolved";

	private LoadFailures() {
	}

	/**
	 * @param content the bytes the parser read
	 * @param thrown what the load threw
	 * @param recorded the problems EMF recorded while loading; the first one knows its line even
	 *                 when what was thrown does not (a byte that is no character, for one)
	 * @param kind what the file should be
	 */
	static SocialmapFileException explain(Path file, byte[] content, Throwable thrown, List<Resource.Diagnostic> recorded,
			FileKind kind) {
		Throwable first = !recorded.isEmpty() && recorded.get(0) instanceof Throwable diagnostic ? diagnostic : thrown;
		for (Throwable problem = first; problem != null; problem = problem.getCause()) {
			if (problem instanceof SAXParseException sax) {
				return syntax(file, sax, content, thrown, kind);
			}
			if (problem instanceof UnsupportedEncodingException) {
				// The encoding can only be declared at the very start of the file.
				return new SocialmapFileException(file, 1, unsupportedEncoding(content), thrown);
			}
			if (problem instanceof XMIException xmi) {
				String sentence = xmi.getCause() instanceof CharConversionException ? notEncoded(content, xmi.getLine())
						: ModelProblems.sentence(xmi, kind);
				if (sentence != null) {
					return new SocialmapFileException(file, xmi.getLine(), sentence, thrown);
				}
			}
		}
		int doctype = new String(content, StandardCharsets.ISO_8859_1).indexOf("<!" + DOCTYPE);
		if (doctype >= 0) {
			// The parser refuses a DOCTYPE after the root element with an internal error that has no line.
			return new SocialmapFileException(file, lineAt(content, doctype), DOCTYPE_REFUSED, thrown);
		}
		return new SocialmapFileException(file, 0, "cannot be read as a Socialmap " + kind.noun(), thrown);
	}

	private static SocialmapFileException syntax(Path file, SAXParseException sax, byte[] content, Throwable thrown,
			FileKind kind) {
		String message = String.valueOf(sax.getMessage());
		int line = sax.getLineNumber();
		if (message.contains(DOCTYPE)) {
			return new SocialmapFileException(file, line, DOCTYPE_REFUSED, thrown);
		}
		String contradiction = line <= 1 ? EncodingDeclaration.contradiction(content) : null;
		if (contradiction != null) {
			return new SocialmapFileException(file, 1, contradiction, thrown);
		}
		if (message.contains("Premature end of file") || message.contains("XML document structures must start and end")) {
			// Cut inside the XML declaration, the parser gives no line; the file's end is where it stopped.
			return new SocialmapFileException(file, line > 0 ? line : lineAt(content, content.length),
					"the file ends before the " + kind.noun() + " does; it looks truncated", thrown);
		}
		return new SocialmapFileException(file, line, "not well-formed XML: " + Excerpt.parserMessage(message), thrown);
	}

	/** The line of a byte of a file in an ASCII-compatible encoding. */
	private static int lineAt(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			line += content[i] == '\n' ? 1 : 0;
		}
		return line;
	}

	private static String unsupportedEncoding(byte[] content) {
		String declared = EncodingDeclaration.declared(content);
		return (declared == null ? "the file's encoding" : "encoding " + Excerpt.quote(declared))
				+ " is not supported; Socialmap saves its files in UTF-8";
	}

	private static String notEncoded(byte[] content, int line) {
		return "the file is not valid " + EncodingDeclaration.encodingOf(content) + " at line " + line
				+ "; was it saved in another encoding?";
	}
}
