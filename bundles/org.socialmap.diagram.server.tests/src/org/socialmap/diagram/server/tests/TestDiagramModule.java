package org.socialmap.diagram.server.tests;

import java.util.List;

import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import com.google.inject.Inject;

/**
 * The smallest diagram a GLSP server can serve: one node, no source model. The server tests use it
 * so that they test the web side, not the real diagrams.
 */
public final class TestDiagramModule extends DiagramModule {

	public static final String DIAGRAM_TYPE = "socialmap-test";
	public static final String NODE_ID = "test-node";

	@Override
	public String getDiagramType() {
		return DIAGRAM_TYPE;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return Configuration.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return NoStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return OneNode.class;
	}

	public static final class Configuration extends BaseDiagramConfiguration {
		@Override
		public List<ShapeTypeHint> getShapeTypeHints() {
			return List.of();
		}

		@Override
		public List<EdgeTypeHint> getEdgeTypeHints() {
			return List.of();
		}

		/** The server answers requestModel with setModel itself, with no bounds round trip to a browser. */
		@Override
		public boolean needsClientLayout() {
			return false;
		}
	}

	public static final class NoStorage implements SourceModelStorage {
		@Override
		public void loadSourceModel(RequestModelAction action) {
			// the one node needs no source model
		}

		@Override
		public void saveSourceModel(SaveModelAction action) {
			// nothing to save
		}
	}

	public static final class OneNode implements GModelFactory {
		@Inject
		private GModelState state;

		@Override
		public void createGModel() {
			state.updateRoot(new GGraphBuilder().id("test-graph")
					.add(new GNodeBuilder("node:test").id(NODE_ID).position(10, 20).size(100, 40).build())
					.build());
		}
	}
}
