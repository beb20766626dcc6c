package org.socialmap.diagram.server.operations;

import org.eclipse.glsp.server.operations.Operation;

/** The matrix cell edit: gives {@code member} the {@code role} on {@code presence}, or takes it away (role empty). */
public class SetCurationRoleOperation extends Operation {

	public static final String KIND = "setCurationRole";

	private String member;
	private String presence;
	private String role;

	public SetCurationRoleOperation() {
		super(KIND);
	}

	public SetCurationRoleOperation(String member, String presence, String role) {
		this();
		this.member = member;
		this.presence = presence;
		this.role = role;
	}

	public String getMember() {
		return member;
	}

	public String getPresence() {
		return presence;
	}

	public String getRole() {
		return role;
	}
}
