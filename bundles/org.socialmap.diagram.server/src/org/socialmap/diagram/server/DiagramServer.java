package org.socialmap.diagram.server;

import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.jetty.server.Server;

/** Placeholder while the target platform is brought up: proves GLSP and Jetty resolve. */
public final class DiagramServer {
    private final Server jetty = new Server();

    public boolean accepts(Class<? extends DiagramModule> module) {
        return module != null && !jetty.isStarted();
    }
}
