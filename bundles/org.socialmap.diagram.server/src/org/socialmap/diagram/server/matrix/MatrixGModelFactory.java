package org.socialmap.diagram.server.matrix;

import java.util.List;
import java.util.Optional;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.socialmap.diagram.server.diagram.DiagramContext;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.GModelIds;
import org.socialmap.diagram.server.diagram.NodeParts;
import org.socialmap.diagram.server.filter.DiagramFilter;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.text.Labels;

import com.google.inject.Inject;

/**
 * Draws the curator x presence matrix of the session's client as a grid the server lays out: one row
 * per member (of every team, in team order), one column per presence, and a cell at each crossing
 * with the member's role on the presence and their affinity for its platform.
 */
public class MatrixGModelFactory implements GModelFactory {

	static final double ROW_HEADER_WIDTH = 180;
	static final double COLUMN_HEADER_HEIGHT = 80;
	static final double CELL_WIDTH = 110;
	static final double CELL_HEIGHT = 40;
	private static final double PADDING = 6;

	@Inject
	private SocialmapModelState state;

	@Override
	public void createGModel() {
		ClientCompany client = state.client();
		DiagramContext context = DiagramContext.of(state.document());
		DiagramFilter filter = new DiagramFilter(state.diagramLayout(), context);
		List<Member> members = client.getTeams().stream().flatMap(team -> team.getMembers().stream()).filter(filter::shows)
				.toList();
		List<Presence> presences = client.getPresences().stream().filter(filter::shows).toList();
		GGraphBuilder graph = new GGraphBuilder(ElementTypes.GRAPH).id(GModelIds.root(DiagramKind.MATRIX, client));
		for (int column = 0; column < presences.size(); column++) {
			graph.add(columnHeader(presences.get(column), ROW_HEADER_WIDTH + column * CELL_WIDTH));
		}
		for (int row = 0; row < members.size(); row++) {
			Member member = members.get(row);
			double y = COLUMN_HEADER_HEIGHT + row * CELL_HEIGHT;
			graph.add(rowHeader(member, y));
			for (int column = 0; column < presences.size(); column++) {
				graph.add(cell(member, presences.get(column), ROW_HEADER_WIDTH + column * CELL_WIDTH, y, context));
			}
		}
		state.updateRoot(graph.build());
	}

	private static GNode columnHeader(Presence presence, double x) {
		return new GNodeBuilder(ElementTypes.MATRIX_PRESENCE).id(presence.getId()).position(x, 0)
				.size(CELL_WIDTH, COLUMN_HEADER_HEIGHT).addArgument("platform", text(presence.getPlatform()))
				.add(NodeParts.platformIcon(presence.getId(), presence.getPlatform(), (CELL_WIDTH - NodeParts.ICON) / 2, PADDING))
				.add(NodeParts.name(presence.getId(), Labels.name(presence), PADDING,
						COLUMN_HEADER_HEIGHT - PADDING - 2 * NodeParts.LINE, CELL_WIDTH - 2 * PADDING))
				.build();
	}

	private static GNode rowHeader(Member member, double y) {
		return new GNodeBuilder(ElementTypes.MATRIX_MEMBER).id(member.getId()).position(0, y)
				.size(ROW_HEADER_WIDTH, CELL_HEIGHT)
				.add(NodeParts.name(member.getId(), Labels.name(member), PADDING,
						(CELL_HEIGHT - NodeParts.LINE) / 2, ROW_HEADER_WIDTH - 2 * PADDING))
				.build();
	}

	private static GNode cell(Member member, Presence presence, double x, double y, DiagramContext context) {
		return new GNodeBuilder(ElementTypes.MATRIX_CELL).id(GModelIds.cell(member.getId(), presence.getId()))
				.position(x, y).size(CELL_WIDTH, CELL_HEIGHT).addArgument("member", member.getId())
				.addArgument("presence", presence.getId())
				.addArgument("role", role(member, presence).map(curation -> curation.getRole().getLiteral()).orElse(""))
				.addArgument("affinity", context.fit().of(member, presence.getPlatform())).build();
	}

	/** The member's curation of the presence: the first, should the model give them two. */
	static Optional<Curation> role(Member member, Presence presence) {
		return presence.getCurations().stream().filter(curation -> curation.getMember() == member).findFirst();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
