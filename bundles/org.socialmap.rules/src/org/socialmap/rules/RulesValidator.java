package org.socialmap.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.text.Labels;

/**
 * The rules as an EMF {@link EValidator}: on every client company it runs the rules and reports each
 * finding as a diagnostic whose code is the rule's {@link Rule#code()} and whose data holds the
 * elements involved, then the {@link Finding}. It checks nothing else: EMF's basic constraints come
 * from the validator it is composed with (see {@link SocialmapValidators}).
 */
public final class RulesValidator implements EValidator {

	public static final String DIAGNOSTIC_SOURCE = "org.socialmap.rules";
	/** Context keys: a {@code CatalogRegistry}, {@link RuleSettings} and {@link RuleSet}; absent ones default to the installed. */
	public static final String CATALOGS = "org.socialmap.rules.catalogs";
	public static final String SETTINGS = "org.socialmap.rules.settings";
	public static final String RULES = "org.socialmap.rules.rules";
	private static final String RULE_CONTEXT = "org.socialmap.rules.ruleContext";

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return !(eObject instanceof ClientCompany client) || checkRules(client, diagnostics, context);
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private boolean checkRules(ClientCompany client, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// Kept in the context, so a validation of many clients looks up the catalogs and creates the
		// contributed rules once.
		RuleContext ruleContext = context == null ? newRuleContext(null)
				: (RuleContext) context.computeIfAbsent(RULE_CONTEXT, key -> newRuleContext(context));
		RuleSet ruleSet = context == null ? Rules.installed() : (RuleSet) context.computeIfAbsent(RULES, key -> Rules.installed());
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : ruleSet.rules()) {
			try {
				rule.check(client, ruleContext, findings::add);
			} catch (RuntimeException e) {
				findings.add(new Finding(rule.id(), Severity.WARNING, "Rule " + rule.id() + " failed on client "
						+ Labels.of(client) + " and reported nothing: " + e, List.of(client)));
			}
		}
		if (diagnostics != null) {
			findings.forEach(finding -> diagnostics.add(toDiagnostic(finding, ruleSet)));
		}
		return findings.stream().noneMatch(finding -> finding.severity() == Severity.ERROR);
	}

	private static RuleContext newRuleContext(Map<Object, Object> context) {
		return new RuleContext(
				context != null && context.get(CATALOGS) instanceof CatalogRegistry catalogs ? catalogs : Catalogs.registry(),
				context != null && context.get(SETTINGS) instanceof RuleSettings settings ? settings : RuleSettings.defaults());
	}

	private static Diagnostic toDiagnostic(Finding finding, RuleSet ruleSet) {
		List<Object> data = new ArrayList<>(finding.elements());
		data.add(finding);
		int severity = switch (finding.severity()) {
			case ERROR -> Diagnostic.ERROR;
			case WARNING -> Diagnostic.WARNING;
			case INFO -> Diagnostic.INFO;
		};
		return new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, ruleSet.code(finding.ruleId()), finding.message(), data.toArray());
	}
}
