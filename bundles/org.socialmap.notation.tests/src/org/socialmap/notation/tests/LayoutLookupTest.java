package org.socialmap.notation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.NotationFactory;
import org.socialmap.notation.lookup.LayoutLookup;

class LayoutLookupTest {

	private static final NotationFactory FACTORY = NotationFactory.eINSTANCE;

	@Test
	void aDiagramIsFoundByClientAndTypeAndAddedWhenMissing() {
		Layout layout = FACTORY.createLayout();

		DiagramLayout map = LayoutLookup.diagram(layout, "acme", DiagramType.MAP);

		assertEquals("acme", map.getClient());
		assertEquals(DiagramType.MAP, map.getType());
		assertSame(map, LayoutLookup.diagram(layout, "acme", DiagramType.MAP));
		assertNotSame(map, LayoutLookup.diagram(layout, "acme", DiagramType.TEAM));
		assertNotSame(map, LayoutLookup.diagram(layout, "other", DiagramType.MAP));
		assertEquals(3, layout.getDiagrams().size());
	}

	@Test
	void nodesAndEdgesAreFoundByElementAndKey() {
		DiagramLayout map = LayoutLookup.diagram(FACTORY.createLayout(), "acme", DiagramType.MAP);
		NodeLayout site = FACTORY.createNodeLayout();
		site.setElement("site");
		map.getNodes().add(site);
		EdgeLayout gateway = FACTORY.createEdgeLayout();
		gateway.setElement("link:site:gateway:page");
		map.getEdges().add(gateway);

		assertSame(site, LayoutLookup.node(map, "site"));
		assertNull(LayoutLookup.node(map, "page"));
		assertSame(gateway, LayoutLookup.edge(map, "link:site:gateway:page"));
		assertNull(LayoutLookup.edge(map, "link:site:gateway:page#2"));
	}
}
