package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.io.FileWriteLock;

/**
 * The write lock keeps other programs out, not just other threads: it is an operating-system lock
 * on the hidden sibling {@code .FILE.lock}, which the kernel also releases when its holder dies.
 */
class WriteLockTest {

	@TempDir
	Path folder;

	@Test
	void anotherProgramCannotTakeTheLockUntilItIsReleased() throws Exception {
		Path file = folder.resolve("model.socialmap");
		Path probe = TestFiles.copy("LockProbe.java", folder);
		String java = ProcessHandle.current().info().command().orElseThrow();
		Process other = new ProcessBuilder(java, probe.toString(), folder.resolve(".model.socialmap.lock").toString())
				.redirectErrorStream(true).start();
		try (BufferedReader answers = other.inputReader(); Writer questions = other.outputWriter()) {
			try (FileWriteLock lock = FileWriteLock.acquire(file)) {
				assertEquals("busy", ask(questions, answers));
			}
			assertEquals("free", ask(questions, answers));
		}
		assertEquals(0, other.waitFor());
	}

	/** The probe tries the lock once for every line it reads and answers whether it was free. */
	private static String ask(Writer questions, BufferedReader answers) throws IOException {
		questions.write("try\n");
		questions.flush();
		return answers.readLine();
	}
}
