package org.socialmap.model.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the first bytes of a file say about its encoding: a byte order mark, and the encoding its
 * XML declaration names. Read only to explain a failed load; the parser decides how to read.
 */
final class EncodingDeclaration {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	private static final byte[] XML_START = "<?xml".getBytes(StandardCharsets.US_ASCII);
	private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*([\"'])(.*?)\\1");

	private EncodingDeclaration() {
	}

	/** The encoding a file is read in: the one its byte order mark or declaration names, else UTF-8. */
	static String encodingOf(byte[] content) {
		if (hasUtf16ByteOrderMark(content)) {
			return "UTF-16";
		}
		String declared = declared(content);
		return declared != null ? declared : "UTF-8";
	}

	/** The encoding named in a declaration written in ASCII, after an optional UTF-8 byte order mark. */
	static String declared(byte[] content) {
		int start = startsWith(content, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
		int end = Math.min(content.length, start + 200);
		Matcher declaration = ENCODING.matcher(new String(content, start, end - start, StandardCharsets.ISO_8859_1));
		return declaration.find() ? declaration.group(2) : null;
	}

	/**
	 * Why the first bytes contradict each other, or null when they do not: a UTF-16 byte order mark
	 * before one-byte text, or a declared encoding (UTF-16, UTF-32, EBCDIC...) in which the
	 * declaration itself is not written.
	 */
	static String contradiction(byte[] content) {
		if (hasUtf16ByteOrderMark(content) && startsWith(content, 2, XML_START)) {
			return "the file starts with a UTF-16 byte order mark, but its text is not UTF-16";
		}
		String declared = declared(content);
		if (declared != null && supported(declared)
				&& !Arrays.equals("<?xml".getBytes(Charset.forName(declared)), XML_START)) {
			return "the file declares encoding " + Excerpt.quote(declared) + " on its first line, but is not written in it";
		}
		return null;
	}

	private static boolean supported(String encoding) {
		try {
			return Charset.isSupported(encoding);
		} catch (IllegalCharsetNameException e) {
			return false;
		}
	}

	private static boolean hasUtf16ByteOrderMark(byte[] content) {
		return content.length >= 2 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
				|| content[0] == (byte) 0xFF && content[1] == (byte) 0xFE);
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		return content.length >= offset + prefix.length
				&& Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
	}
}
