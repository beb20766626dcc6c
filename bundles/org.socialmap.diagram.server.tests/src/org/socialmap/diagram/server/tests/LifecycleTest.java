package org.socialmap.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server listens on 127.0.0.1 only, with a fresh token each time, and gives its port back when it stops. */
class LifecycleTest {

	/**
	 * Linux's tables of TCP sockets, "sl local_address rem_address st ...": addresses in hex, each
	 * 32-bit word in host (little-endian) order; state 0A is LISTEN. Java's sockets are IPv6 ones, so
	 * 127.0.0.1 shows in tcp6 as ::ffff:127.0.0.1.
	 */
	private static final List<Path> TCP_TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
	private static final String LISTEN = "0A";

	@Test
	void listensOnTheLoopbackAddressOnly(@TempDir Path folder) throws Exception {
		try (RunningServer running = RunningServer.start(folder)) {
			int port = running.server.port();
			assertEquals(List.of(InetAddress.getByName("127.0.0.1")), listeners(port), "listening sockets on port " + port);
		}
	}

	@Test
	void everySessionHasItsOwnToken(@TempDir Path folder) throws Exception {
		try (RunningServer first = RunningServer.start(folder.resolve("first"));
				RunningServer second = RunningServer.start(folder.resolve("second"))) {
			assertNotEquals(first.server.token(), second.server.token());
			assertTrue(first.server.token().matches("[A-Za-z0-9_-]{43}"), "32 bytes in base64url: " + first.server.token());
			assertEquals("http://127.0.0.1:" + first.server.port() + "/?token=" + first.server.token(),
					first.server.pageUri().toString());
			assertEquals("ws://127.0.0.1:" + first.server.port() + "/socialmap?token=" + first.server.token(),
					first.server.websocketUri().toString());
		}
	}

	@Test
	void stopReleasesThePort(@TempDir Path folder) throws Exception {
		int port;
		try (RunningServer running = RunningServer.start(folder)) {
			port = running.server.port();
		}
		assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
		try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			assertEquals(port, again.getLocalPort());
		}
	}

	/** The addresses of the sockets listening on {@code port}. */
	private static List<InetAddress> listeners(int port) throws IOException {
		String portHex = String.format(Locale.ROOT, ":%04X", port);
		List<InetAddress> addresses = new ArrayList<>();
		for (Path table : TCP_TABLES) {
			List<String> lines = Files.readAllLines(table);
			for (String line : lines.subList(1, lines.size())) { // after the heading
				String[] fields = line.trim().split("\\s+");
				if (fields[1].endsWith(portHex) && fields[3].equals(LISTEN)) {
					addresses.add(address(fields[1].substring(0, fields[1].indexOf(':'))));
				}
			}
		}
		return addresses;
	}

	/** An IPv4-mapped IPv6 address comes back as the IPv4 address. */
	private static InetAddress address(String hex) throws IOException {
		byte[] bytes = HexFormat.of().parseHex(hex);
		for (int word = 0; word < bytes.length; word += 4) {
			for (int i = 0; i < 2; i++) {
				byte swap = bytes[word + i];
				bytes[word + i] = bytes[word + 3 - i];
				bytes[word + 3 - i] = swap;
			}
		}
		return InetAddress.getByAddress(bytes);
	}
}
