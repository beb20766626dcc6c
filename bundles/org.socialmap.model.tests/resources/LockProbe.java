import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another program, for WriteLockTest: for every line on stdin it tries to take the lock on the file
 * it is given and prints "free" (it got it, and let go at once) or "busy".
 */
public class LockProbe {

	public static void main(String[] args) throws Exception {
		BufferedReader questions = new BufferedReader(new InputStreamReader(System.in));
		try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			while (questions.readLine() != null) {
				FileLock lock = channel.tryLock();
				System.out.println(lock == null ? "busy" : "free");
				if (lock != null) {
					lock.release();
				}
			}
		}
	}
}
