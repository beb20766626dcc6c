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
        // A refused or failed upgrade (HTTP 403, 500) only shows as a close before the open; the
        // browser does not tell the page which.
        socket.onclose = () =>
            reject(
                new Error(
                    'The Socialmap server refused the diagram connection: it has stopped, the page\'s token is not this session\'s, or it failed (see its output).'
                )
            );
    });
}
