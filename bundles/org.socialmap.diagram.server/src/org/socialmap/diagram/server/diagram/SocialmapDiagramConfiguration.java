package org.socialmap.diagram.server.diagram;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What the three diagrams share: GLSP classes for Socialmap's element types, and a model the server
 * lays out entirely (nodes, their parts and the matrix grid), so the client needs no layout pass and
 * an edit is answered with the updated model at once.
 */
public abstract class SocialmapDiagramConfiguration extends BaseDiagramConfiguration {

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		for (String node : List.of(ElementTypes.WEBSITE, ElementTypes.PRESENCE, ElementTypes.TEAM, ElementTypes.MEMBER,
				ElementTypes.PLATFORM_ICON, ElementTypes.LOAD_BAR, ElementTypes.MATRIX_MEMBER, ElementTypes.MATRIX_PRESENCE,
				ElementTypes.MATRIX_CELL)) {
			mappings.put(node, GraphPackage.Literals.GNODE);
		}
		for (String label : List.of(ElementTypes.NAME, ElementTypes.HANDLE, ElementTypes.KIND, ElementTypes.NOTE,
				ElementTypes.FUNCTION, ElementTypes.HOURS)) {
			mappings.put(label, GraphPackage.Literals.GLABEL);
		}
		mappings.put(ElementTypes.MEMBERS, GraphPackage.Literals.GCOMPARTMENT);
		return mappings;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	/** A node the user moves, resizes or not, and deletes; nothing is dropped into it. */
	protected static ShapeTypeHint shape(String type, boolean movable, boolean resizable, boolean deletable) {
		return new ShapeTypeHint(type, movable, deletable, resizable, false);
	}

	/** An edge the user deletes, routes and reconnects, between nodes of the types given. */
	protected static EdgeTypeHint edge(String type, List<String> sources, List<String> targets) {
		return new EdgeTypeHint(type, true, true, true, sources, targets);
	}
}
