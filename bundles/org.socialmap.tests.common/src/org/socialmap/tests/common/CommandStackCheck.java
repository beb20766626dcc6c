package org.socialmap.tests.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.model.edit.SocialmapEditing;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.model.io.SocialmapResource;

/**
 * Runs a change the way an editor does, on an editing domain's command stack, and checks that undo
 * gives back the model as it was, byte for byte in its saved form, and redo the changed one.
 */
public final class CommandStackCheck {

	private final Resource resource;
	private final EditingDomain domain;

	/** Puts the model that holds {@code element} in a resource of its own, with a domain over it. */
	public CommandStackCheck(EObject element) {
		resource = SocialmapFiles.newResourceSet().createResource(URI.createURI("memory:/model.socialmap"));
		resource.getContents().add(EcoreUtil.getRootContainer(element));
		domain = SocialmapEditing.createDomain(resource.getResourceSet());
	}

	public EditingDomain domain() {
		return domain;
	}

	/** Executes the command, then undoes and redoes it, checking the model each time; leaves it done. */
	public void executeUndoRedo(Command command) {
		String before = saved();
		CommandStack stack = domain.getCommandStack();
		assertTrue(command.canExecute(), "the command can execute: " + command.getLabel());
		stack.execute(command);
		String after = saved();
		assertTrue(stack.canUndo());
		assertEquals(command.getLabel(), stack.getUndoCommand().getLabel(), "undo menus name the change");
		stack.undo();
		assertEquals(before, saved(), "undo gives the model back as it was");
		stack.redo();
		assertEquals(after, saved(), "redo makes the same change again");
	}

	private String saved() {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try {
			resource.save(text, SocialmapResource.saveOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString(StandardCharsets.UTF_8);
	}
}
