package org.socialmap.ui.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** The Properties view's page of a Socialmap editor, tree or diagram: the edit bundle's item property descriptors. */
public final class PropertySheets {

	private PropertySheets() {
	}

	public static IPropertySheetPage of(AdapterFactory adapters) {
		PropertySheetPage page = new PropertySheetPage();
		page.setPropertySourceProvider(new ItemPropertySourceProvider(adapters));
		return page;
	}
}
