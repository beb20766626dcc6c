package org.socialmap.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.ModelCatalogProblems.Touching;
import org.socialmap.cli.validate.ValidateCommand.FileResult;

/** How validate prints the catalog problems that touch a model, beside the findings. */
class CatalogProblemsOutputTest {

	private static final CatalogProblem CONFLICT = new CatalogProblem(Severity.WARNING, "com.agency.catalog",
			"catalog/agency.xml", 4, "platform 'mastodon' is also defined by org.socialmap.catalog.builtin/"
					+ "catalog/platforms.xml:95 (priority 0), whose definition is used: on equal priority the built-in "
					+ "catalog keeps its ids");
	private static final CatalogProblem SKIPPED = new CatalogProblem(Severity.ERROR, "com.agency.catalog",
			"catalog/missing.xml", 0, "the catalog file does not exist; the catalog is skipped");

	private final FileResult result = FileResult.checked(Path.of("acme.socialmap"), List.of(),
			List.of(new Touching(CONFLICT, "the model uses platform 'mastodon'"),
					new Touching(SKIPPED, "the model uses platform 'agency.pods', which no installed catalog defines")));

	@Test
	void textSaysEachWithItsFileAndLineAfterTheFindings() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FindingsText.print(List.of(result), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertEquals("""
				acme.socialmap: 0 errors, 0 warnings, 0 info, 2 catalog problems
				  warning catalog com.agency.catalog/catalog/agency.xml:4: platform 'mastodon' is also defined by \
				org.socialmap.catalog.builtin/catalog/platforms.xml:95 (priority 0), whose definition is used: on equal \
				priority the built-in catalog keeps its ids (the model uses platform 'mastodon')
				  error   catalog com.agency.catalog/catalog/missing.xml: the catalog file does not exist; the catalog is \
				skipped (the model uses platform 'agency.pods', which no installed catalog defines)
				""", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void jsonListsThemAsCatalogListDoes() {
		String json = FindingsJson.of(List.of(result), 0);

		assertEquals("""
				{
				  "files": [
				    {
				      "file": "acme.socialmap",
				      "readable": true,
				      "counts": {
				        "info": 0,
				        "warning": 0,
				        "error": 0
				      },
				      "findings": [],
				      "catalogProblems": [
				        {
				          "severity": "warning",
				          "contributor": "com.agency.catalog",
				          "file": "catalog/agency.xml",
				          "line": 4,
				          "message": "%s",
				          "reason": "the model uses platform 'mastodon'"
				        },
				        {
				          "severity": "error",
				          "contributor": "com.agency.catalog",
				          "file": "catalog/missing.xml",
				          "line": null,
				          "message": "the catalog file does not exist; the catalog is skipped",
				          "reason": "the model uses platform 'agency.pods', which no installed catalog defines"
				        }
				      ]
				    }
				  ],
				  "exitCode": 0
				}
				""".formatted(CONFLICT.message()), json);
	}
}
