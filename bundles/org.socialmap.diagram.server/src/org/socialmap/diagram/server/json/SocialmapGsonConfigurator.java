package org.socialmap.diagram.server.json;

import java.util.Map;

import org.eclipse.glsp.server.actions.ActionRegistry;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.internal.gson.DefaultServerGsonConfigurator;
import org.eclipse.glsp.server.session.ClientSessionManager;

import com.google.gson.GsonBuilder;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.name.Named;

/** GLSP's JSON configuration, with GModel elements written by {@link GModelWriter}. */
public class SocialmapGsonConfigurator extends DefaultServerGsonConfigurator {

	@Inject
	public SocialmapGsonConfigurator(Injector serverInjector, @Named(ServerModule.DIAGRAM_MODULES) Map<String, Module> diagramModules,
			ActionRegistry actionRegistry, ClientSessionManager sessionManager) {
		super(serverInjector, diagramModules, actionRegistry, sessionManager);
	}

	/** Gson asks the factories registered last first: the writer is asked before GLSP's adapter, which it reads with. */
	@Override
	public GsonBuilder configureGsonBuilder(GsonBuilder gsonBuilder) {
		return super.configureGsonBuilder(gsonBuilder).registerTypeAdapterFactory(new GModelWriter.Factory());
	}
}
