// The side panel's property editor: one input per property the server sent, `setProperty` on change.
import { Property, PropertyValue } from '../actions';
import { element } from './dom';
import { parsePropertyInput } from './property-values';

export function propertyForm(properties: Property[], onChange: (feature: string, value: PropertyValue) => void): HTMLElement {
    return element(
        'form',
        { className: 'property-form', on: { submit: event => event.preventDefault() } },
        properties.map(property => propertyRow(property, onChange))
    );
}

function propertyRow(property: Property, onChange: (feature: string, value: PropertyValue) => void): HTMLElement {
    const input = propertyInput(property);
    const error = element('span', { className: 'property-error' });
    input.disabled = property.readOnly;
    input.name = property.feature;
    input.dataset.feature = property.feature;
    input.addEventListener('change', () => {
        const raw = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
        const parsed = parsePropertyInput(property.type, raw);
        error.textContent = parsed.ok ? '' : parsed.reason;
        if (parsed.ok) {
            onChange(property.feature, parsed.value);
        }
    });
    return element('label', { className: `property property-${property.type}` }, [element('span', { text: property.label }), input, error]);
}

function propertyInput(property: Property): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
    const value = property.value ?? '';
    switch (property.type) {
        case 'boolean': {
            const checkbox = element('input', { attrs: { type: 'checkbox' } });
            checkbox.checked = value === true;
            return checkbox;
        }
        case 'number': {
            const number = element('input', { attrs: { type: 'number', step: 'any' } });
            number.value = String(value);
            return number;
        }
        case 'text': {
            const area = element('textarea', { attrs: { rows: '3' } });
            area.value = String(value);
            return area;
        }
        case 'enum': {
            const choices = property.choices ?? [];
            const select = element(
                'select',
                {},
                choices.map(choice => element('option', { text: choice.label, attrs: { value: choice.value } }))
            );
            select.value = String(value);
            return select;
        }
        case 'string': {
            const text = element('input', { attrs: { type: 'text' } });
            text.value = String(value);
            return text;
        }
    }
}
