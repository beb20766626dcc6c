package org.socialmap.diagram.server.diagram;

/** The CSS classes the diagrams set on presences and teams (docs/diagrams.md), for the client to style. */
public final class CssClasses {

	/** The platform's primary kind has the aggregator trait. */
	public static final String AGGREGATOR = "aggregator";
	/** The rule {@code socialmap.showcase-presence} flags the presence. */
	public static final String SHOWCASE = "showcase";
	public static final String DORMANT = "dormant";
	public static final String OBSOLETE = "obsolete";
	/** The platform is closed in its catalog. */
	public static final String CLOSED = "closed";
	/** No installed catalog has the platform. */
	public static final String UNKNOWN_PLATFORM = "unknown-platform";
	/** A team drawn without its members. */
	public static final String COLLAPSED = "collapsed";

	private CssClasses() {
	}
}
