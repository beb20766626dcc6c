package org.socialmap.diagram.server;

import java.util.List;

import org.eclipse.glsp.server.di.DiagramModule;
import org.socialmap.diagram.server.map.MapDiagramModule;
import org.socialmap.diagram.server.matrix.MatrixDiagramModule;
import org.socialmap.diagram.server.model.ServedDocument;
import org.socialmap.diagram.server.team.TeamDiagramModule;

/** The diagram types Socialmap serves (docs/diagrams.md): a new diagram type is one more line here. */
public final class DiagramTypes {

	private DiagramTypes() {
	}

	/**
	 * The map ({@code socialmap-map}), the team diagram ({@code socialmap-team}) and the curator x
	 * presence matrix ({@code socialmap-matrix}), all on {@code served}, so that every connection,
	 * session and diagram on a file shares one model and one command stack. A new list of new modules
	 * each time: a GLSP server configures the modules it is given.
	 */
	public static List<DiagramModule> all(ServedDocument served) {
		return List.of(new MapDiagramModule(served), new TeamDiagramModule(served), new MatrixDiagramModule(served));
	}
}
