// Turns what the user typed into the value `setProperty` sends, by the property's declared type.
import { PropertyType, PropertyValue } from '../actions';

export type ParsedValue = { ok: true; value: PropertyValue } | { ok: false; reason: string };

export function parsePropertyInput(type: PropertyType, raw: string | boolean): ParsedValue {
    switch (type) {
        case 'boolean':
            return { ok: true, value: raw === true || raw === 'true' };
        case 'number': {
            const text = String(raw).trim();
            const value = Number(text);
            return text !== '' && Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `"${text}" is not a number` };
        }
        case 'string':
        case 'text':
        case 'enum':
            return { ok: true, value: String(raw) };
    }
}
