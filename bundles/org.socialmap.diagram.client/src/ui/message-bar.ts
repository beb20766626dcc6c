// Messages for the user above the diagram: the server's (a damaged layout file, a refused save)
// and the page's own (no token, connection lost). Each stays until closed.
import { button, element } from './dom';

export class MessageBar {
    constructor(protected readonly container: HTMLElement) {}

    show(severity: string, message: string, details?: string): void {
        if (severity.toLowerCase() === 'none' || !message) {
            return;
        }
        const entry = element('div', { className: `message severity-${severity.toLowerCase()}`, attrs: { role: 'alert' } }, [
            element('span', { text: message, attrs: details ? { title: details } : {} })
        ]);
        entry.append(button('×', 'Close this message', () => entry.remove()));
        this.container.append(entry);
    }
}
