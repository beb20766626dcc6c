// Opens the GLSP websocket once, and says why when it cannot: GLSP's own provider, with retries
// off, would wait forever for a server that refused the token or the page's origin.
import { createWebSocketConnection, wrap } from '@eclipse-glsp/client';
import { MessageConnection } from 'vscode-jsonrpc';

export function connectWebSocket(url: string): Promise<MessageConnection> {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(url);
        socket.onopen = () => {
            socket.onclose = null;
            resolve(createWebSocketConnection(wrap(socket), console));
        };
        // A refused upgrade (HTTP 403) only shows as a close before the open.
        socket.onclose = () =>
            reject(new Error('The Socialmap server refused the diagram connection: it has stopped, or the page\'s token is not this session\'s.'));
    });
}
