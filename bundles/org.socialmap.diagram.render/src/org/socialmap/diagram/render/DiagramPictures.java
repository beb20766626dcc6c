package org.socialmap.diagram.render;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;

import org.socialmap.diagram.render.chromium.BrowserPage;
import org.socialmap.diagram.render.chromium.ChromiumException;
import org.socialmap.diagram.render.chromium.HeadlessChromium;

/**
 * Pictures of diagrams drawn by the diagram client itself, in a headless Chromium, so that a
 * rendered diagram is what the editor shows. The client's export makes them: a self-contained
 * SVG, and a PNG drawn from that SVG on a canvas.
 */
public final class DiagramPictures implements AutoCloseable {

	/** Page size: wide enough for a client's map at the client's own zoom to fit. */
	private static final int WIDTH = 1600;
	private static final int HEIGHT = 1200;

	private final HeadlessChromium chromium;

	private DiagramPictures(HeadlessChromium chromium) {
		this.chromium = chromium;
	}

	/** Starts a headless Chromium; each step waits at most {@code patience} for it. */
	public static DiagramPictures start(Duration patience) throws ChromiumException {
		return new DiagramPictures(HeadlessChromium.start(patience));
	}

	/** The diagram the page at {@code pageUrl} shows, as SVG text. */
	public String svg(URI pageUrl) throws ChromiumException {
		try (BrowserPage page = drawn(pageUrl)) {
			return page.evaluate("window.socialmap.exportSvg()").getAsString();
		}
	}

	/** The diagram the page at {@code pageUrl} shows, as PNG bytes. */
	public byte[] png(URI pageUrl) throws ChromiumException {
		String dataUrl;
		try (BrowserPage page = drawn(pageUrl)) {
			dataUrl = page.evaluate("window.socialmap.exportPng()").getAsString();
		}
		return Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
	}

	private BrowserPage drawn(URI pageUrl) throws ChromiumException {
		BrowserPage page = chromium.open(pageUrl.toString(), WIDTH, HEIGHT);
		page.evaluate("window.socialmap.ready");
		return page;
	}

	@Override
	public void close() {
		chromium.close();
	}
}
