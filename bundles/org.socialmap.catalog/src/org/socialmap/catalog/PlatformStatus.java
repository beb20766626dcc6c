package org.socialmap.catalog;

/** Whether a platform still runs. Models that use a closed platform still open. */
public enum PlatformStatus {
	ACTIVE, CLOSED
}
