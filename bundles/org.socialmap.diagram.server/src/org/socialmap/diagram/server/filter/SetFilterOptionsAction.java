package org.socialmap.diagram.server.filter;

import java.util.List;

import org.eclipse.glsp.server.actions.ResponseAction;
import org.socialmap.diagram.server.diagram.Choice;

/** The platform kinds and curators the filter panel may offer, and the filters the layout holds now. */
public class SetFilterOptionsAction extends ResponseAction {

	public static final String KIND = "setFilterOptions";

	private List<Choice> kinds;
	private List<Choice> curators;
	private FilterSettings filter;

	public SetFilterOptionsAction() {
		super(KIND);
	}

	public SetFilterOptionsAction(List<Choice> kinds, List<Choice> curators, FilterSettings filter) {
		this();
		this.kinds = kinds;
		this.curators = curators;
		this.filter = filter;
	}

	public List<Choice> getKinds() {
		return kinds;
	}

	public List<Choice> getCurators() {
		return curators;
	}

	public FilterSettings getFilter() {
		return filter;
	}
}
