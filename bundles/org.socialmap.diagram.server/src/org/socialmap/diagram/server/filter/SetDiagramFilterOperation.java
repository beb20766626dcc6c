package org.socialmap.diagram.server.filter;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.operations.Operation;

/** Sets the diagram's filters, which the layout file keeps. */
public class SetDiagramFilterOperation extends Operation {

	public static final String KIND = "setDiagramFilter";

	private List<String> hiddenKinds = new ArrayList<>();
	private String curator;
	private boolean hideClosed;
	private boolean findingsOnly;

	public SetDiagramFilterOperation() {
		super(KIND);
	}

	public SetDiagramFilterOperation(FilterSettings settings) {
		this();
		hiddenKinds = new ArrayList<>(settings.hiddenKinds());
		curator = settings.curator();
		hideClosed = settings.hideClosed();
		findingsOnly = settings.findingsOnly();
	}

	/** The settings sent; a missing list of kinds is none hidden. */
	public FilterSettings settings() {
		return new FilterSettings(hiddenKinds == null ? List.of() : hiddenKinds, curator, hideClosed, findingsOnly);
	}
}
