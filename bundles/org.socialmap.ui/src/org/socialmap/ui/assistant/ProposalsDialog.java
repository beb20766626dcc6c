package org.socialmap.ui.assistant;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.socialmap.assignment.Proposal;
import org.socialmap.model.text.Labels;

/** The assistant's proposals with a check box each, all checked: the modeller unchecks what to leave out. */
public final class ProposalsDialog extends Dialog {

	private final CuratorSuggestions suggestions;
	private CheckboxTableViewer table;
	private List<Proposal> kept = List.of();

	public ProposalsDialog(Shell parent, CuratorSuggestions suggestions) {
		super(parent);
		this.suggestions = suggestions;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The proposals checked when OK was pressed; none before, or after Cancel. */
	public List<Proposal> kept() {
		return kept;
	}

	/** The table, for tests that check and uncheck as a user does. */
	public CheckboxTableViewer table() {
		return table;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Suggest Curators");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText("Keep the proposals to apply; they are applied as one change that Undo takes back.");
		suggestions.infeasibilities().forEach(why -> new Label(area, SWT.WRAP).setText(why));

		table = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
		size.widthHint = 900;
		size.heightHint = 320;
		table.getTable().setLayoutData(size);
		column("Presence", 180, proposal -> Labels.name(proposal.presence()));
		column("Role", 70, proposal -> proposal.role().getLiteral());
		column("Member", 120, proposal -> Labels.name(proposal.member()));
		column("Why", 500, Proposal::reason);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(suggestions.proposals());
		table.setAllChecked(true);
		return area;
	}

	@Override
	protected void okPressed() {
		kept = Arrays.stream(table.getCheckedElements()).map(Proposal.class::cast).toList();
		super.okPressed();
	}

	private void column(String title, int width, Function<Proposal, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Proposal) element);
			}
		});
	}
}
