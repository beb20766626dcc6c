package org.socialmap.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialmap.compare.Conflict;
import org.socialmap.compare.ModelMerge;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.NotationFactory;
import org.socialmap.notation.Point;

/** Layouts merge node by node and edge by edge; where both sides moved one node differently, ours stays. */
class LayoutMergeTest {

	private static final NotationFactory FACTORY = NotationFactory.eINSTANCE;

	private Layout base;
	private Layout ours;
	private Layout theirs;

	@BeforeEach
	void threeVersions() {
		base = FACTORY.createLayout();
		DiagramLayout map = FACTORY.createDiagramLayout();
		map.setClient("officina");
		map.setType(DiagramType.MAP);
		map.getNodes().add(node("facebook-page", 10, 10));
		map.getNodes().add(node("twitter-account", 200, 10));
		EdgeLayout edge = FACTORY.createEdgeLayout();
		edge.setElement("twitter-account>facebook-page");
		edge.getPoints().add(point(100, 50));
		map.getEdges().add(edge);
		base.getDiagrams().add(map);
		ours = EcoreUtil.copy(base);
		theirs = EcoreUtil.copy(base);
	}

	@Test
	void differentNodesAndEdgesMergeCleanly() {
		node(ours, 0).setX(40);
		node(theirs, 1).setY(80);
		edge(theirs).getPoints().add(point(120, 60));
		diagram(theirs).getNodes().add(node("youtube-channel", 300, 300));

		assertEquals(List.of(), merge());

		assertEquals(40, node(ours, 0).getX());
		assertEquals(80, node(ours, 1).getY());
		assertEquals(List.of("(100,50)", "(120,60)"), edge(ours).getPoints().stream().map(LayoutMergeTest::text).toList());
		assertEquals("youtube-channel", node(ours, 2).getElement());
	}

	@Test
	void oneNodeMovedDifferentlyKeepsOursWithANote() {
		node(ours, 0).setX(40);
		node(theirs, 0).setX(70);
		edge(ours).getPoints().get(0).setY(55);
		edge(theirs).getPoints().clear();

		assertEquals(List.of(
				"Node 'facebook-page' in Diagram map of client 'officina': x: ours 40, theirs 70; kept ours",
				"Edge 'twitter-account>facebook-page' in Diagram map of client 'officina': points: ours [(100, 55)], theirs []; kept ours"),
				merge().stream().map(Conflict::text).toList());
		assertEquals(40, node(ours, 0).getX());
		assertEquals(List.of("(100,55)"), edge(ours).getPoints().stream().map(LayoutMergeTest::text).toList());
	}

	private List<Conflict> merge() {
		ModelMerge merge = ModelMerge.of(base, ours, theirs);
		new BasicCommandStack().execute(merge.command());
		return merge.conflicts();
	}

	private static NodeLayout node(String element, double x, double y) {
		NodeLayout node = FACTORY.createNodeLayout();
		node.setElement(element);
		node.setX(x);
		node.setY(y);
		node.setWidth(120);
		node.setHeight(40);
		return node;
	}

	private static Point point(double x, double y) {
		Point point = FACTORY.createPoint();
		point.setX(x);
		point.setY(y);
		return point;
	}

	private static DiagramLayout diagram(Layout layout) {
		return layout.getDiagrams().get(0);
	}

	private static NodeLayout node(Layout layout, int index) {
		return diagram(layout).getNodes().get(index);
	}

	private static EdgeLayout edge(Layout layout) {
		return diagram(layout).getEdges().get(0);
	}

	private static String text(Point point) {
		return "(" + Math.round(point.getX()) + "," + Math.round(point.getY()) + ")";
	}
}
