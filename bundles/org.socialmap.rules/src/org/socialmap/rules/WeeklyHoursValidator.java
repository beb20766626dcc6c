package org.socialmap.rules;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;

/**
 * The range EMF's types leave open: an EDouble takes NaN, infinities and negative numbers, but hours
 * a week are a number from 0 to {@link Workload#HOURS_A_WEEK}. Each member or curation with other
 * hours is an error of {@link Validation#MODEL_INTEGRITY}, a diagnostic of {@link #CODE}.
 */
final class WeeklyHoursValidator implements EValidator {

	/** Past the built-in rules' 1 to 99, short of the contributed rules' {@link Rule#CONTRIBUTED}. */
	static final int CODE = 100;

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (eObject instanceof Member member && !Workload.possible(member.getWeeklyHours())) {
			return report("Member " + Labels.of(member), member.getWeeklyHours(), member, diagnostics);
		}
		if (eObject instanceof Curation curation && !Workload.possible(curation.getWeeklyHours())) {
			String curationName = "The " + curation.getRole().getLiteral() + " curation of " + Labels.of(curation.getPresence())
					+ " by " + Labels.of(curation.getMember());
			return report(curationName, curation.getWeeklyHours(), curation, diagnostics);
		}
		return true;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private static boolean report(String subject, double hours, EObject element, DiagnosticChain diagnostics) {
		if (diagnostics != null) {
			String message = subject + " has weeklyHours " + Labels.number(hours) + ": give the hours a week as a number from 0 to "
					+ Labels.number(Workload.HOURS_A_WEEK) + ".";
			Finding finding = new Finding(Validation.MODEL_INTEGRITY, Severity.ERROR, message, List.of(element));
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, RulesValidator.DIAGNOSTIC_SOURCE, CODE, message,
					new Object[] { element, finding }));
		}
		return false;
	}
}
