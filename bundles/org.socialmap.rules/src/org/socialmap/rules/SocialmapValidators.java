package org.socialmap.rules;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.socialmap.model.SocialmapPackage;

/**
 * The validators for Socialmap models: EMF's basic constraints, the ranges of Socialmap's numbers and
 * the rules, composed. The rules bundle registers {@link #withRules(EValidator)} in EMF's validator
 * registry when it starts, on top of whatever validator was registered before, and puts that one
 * back when it stops.
 */
public final class SocialmapValidators {

	private SocialmapValidators() {
	}

	/** {@code base}'s checks, then the weekly hours of every member and curation, then the rules on every client company. */
	public static EValidator withRules(EValidator base) {
		return new Composed(List.of(base, new WeeklyHoursValidator(), new RulesValidator()));
	}

	/** EMF's basic constraints on every Socialmap element: required values, unique ids, dangling references. */
	public static EValidator basicConstraints() {
		return BasicConstraints.INSTANCE;
	}

	/** Whether {@code validator} is one {@link #withRules} made, so that the rules are not added twice. */
	public static boolean hasRules(Object validator) {
		return validator instanceof Composed;
	}

	private static final class BasicConstraints extends EObjectValidator {

		static final BasicConstraints INSTANCE = new BasicConstraints();

		@Override
		protected EPackage getEPackage() {
			return SocialmapPackage.eINSTANCE;
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return validate_EveryDefaultConstraint(eObject, diagnostics, context);
		}
	}

	/** Runs every validator, each adding its own diagnostics; valid when all of them say so. */
	private record Composed(List<EValidator> validators) implements EValidator {

		@Override
		public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			boolean valid = true;
			for (EValidator validator : validators) {
				valid &= validator.validate(eObject, diagnostics, context);
			}
			return valid;
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			boolean valid = true;
			for (EValidator validator : validators) {
				valid &= validator.validate(eClass, eObject, diagnostics, context);
			}
			return valid;
		}

		@Override
		public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
			boolean valid = true;
			for (EValidator validator : validators) {
				valid &= validator.validate(eDataType, value, diagnostics, context);
			}
			return valid;
		}
	}
}
