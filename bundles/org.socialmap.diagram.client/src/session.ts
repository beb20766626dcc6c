// The browser-mode session the server describes at /api/session (docs/diagrams.md, "URLs").

export interface ClientCompany {
    id: string;
    name: string;
}

export interface Session {
    file: string;
    sourceUri: string;
    clients: ClientCompany[];
}

/** Checks the JSON's shape, so a server that answers something else fails here with a clear message. */
export function parseSession(json: unknown): Session {
    const value = json as Partial<Session> | null;
    if (!value || typeof value.sourceUri !== 'string' || !Array.isArray(value.clients)) {
        throw new Error('The server\'s /api/session answer lacks "sourceUri" or "clients".');
    }
    const clients = value.clients.filter(
        (client): client is ClientCompany => typeof client?.id === 'string' && typeof client?.name === 'string'
    );
    return { file: typeof value.file === 'string' ? value.file : value.sourceUri, sourceUri: value.sourceUri, clients };
}

export async function fetchSession(url: string): Promise<Session> {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) {
        const reason = response.status === 403 ? 'the token is missing or wrong' : `HTTP ${response.status}`;
        throw new Error(`The server refused the session (${reason}).`);
    }
    return parseSession(await response.json());
}

/** The client company the page shows: the one asked for if the model has it, else the first. */
export function chooseClient(clients: ClientCompany[], wanted: string | undefined): ClientCompany | undefined {
    return clients.find(client => client.id === wanted) ?? clients[0];
}
