package org.socialmap.diagram.server.json;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;

/** GLSP's server module, with Socialmap's JSON configuration: the one to configure the diagram modules on. */
public class SocialmapServerModule extends ServerModule {

	@Override
	protected Class<? extends ServerGsonConfigurator> bindGsonConfigurator() {
		return SocialmapGsonConfigurator.class;
	}
}
