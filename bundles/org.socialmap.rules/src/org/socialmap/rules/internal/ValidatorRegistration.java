package org.socialmap.rules.internal;

import org.eclipse.emf.ecore.EValidator;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.rules.SocialmapValidators;

/**
 * Puts the rules into EMF's validator registry for the Socialmap package while the rules bundle runs,
 * so any tool that runs the Diagnostician on a Socialmap model sees them without touching a rules
 * class. An immediate Declarative Services component (OSGI-INF/validator.xml): it starts with the
 * bundle and stops with it.
 */
public final class ValidatorRegistration {

	/** What the registry held before: a validator, a descriptor of one, or nothing. */
	private Object previous;
	private EValidator installed;

	void activate() {
		EValidator.Registry registry = EValidator.Registry.INSTANCE;
		previous = registry.get(SocialmapPackage.eINSTANCE);
		if (SocialmapValidators.hasRules(previous)) {
			return; // registered by another copy of this component: nothing to add
		}
		EValidator base = registry.getEValidator(SocialmapPackage.eINSTANCE);
		installed = SocialmapValidators.withRules(base == null ? SocialmapValidators.basicConstraints() : base);
		registry.put(SocialmapPackage.eINSTANCE, installed);
	}

	void deactivate() {
		EValidator.Registry registry = EValidator.Registry.INSTANCE;
		if (installed == null || registry.get(SocialmapPackage.eINSTANCE) != installed) {
			return; // someone registered over us since; theirs stays
		}
		if (previous == null) {
			registry.remove(SocialmapPackage.eINSTANCE);
		} else {
			registry.put(SocialmapPackage.eINSTANCE, previous);
		}
	}
}
