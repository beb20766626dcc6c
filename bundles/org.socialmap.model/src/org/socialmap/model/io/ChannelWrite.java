package org.socialmap.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * One write of a buffer to a channel, as {@link FileChannel#write(ByteBuffer)} does it: it may take
 * fewer bytes than it was given. Tests give one that runs out of space.
 */
@FunctionalInterface
interface ChannelWrite {

	int write(FileChannel channel, ByteBuffer bytes) throws IOException;
}
