// Runs `socialmap serve FILE --port N` and reads the page URL it prints, like a person would.
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { AddressInfo, createServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface ServeProcess {
    /** The page URL with the session token, as printed. */
    pageUrl: string;
    output: string[];
    /** Stops the server with Ctrl+C (SIGINT), as a person would, and waits for it to exit. */
    stop(): Promise<number | null>;
}

const PAGE_URL = /(http:\/\/127\.0\.0\.1:\d+\/\S*[?&]token=[^\s&]+)/;

/** A port nothing listens on now: asked of the system, then freed for the server. */
export async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise(resolve => probe.close(resolve));
    return port;
}

export async function startServe(launcher: string, model: string): Promise<ServeProcess> {
    const port = await freePort();
    const child = spawn(launcher, ['serve', model, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const lines = createInterface({ input: child.stdout! });
    createInterface({ input: child.stderr! }).on('line', line => output.push(`stderr: ${line}`));
    const pageUrl = await new Promise<string>((resolve, reject) => {
        lines.on('line', line => {
            output.push(line);
            const found = line.match(PAGE_URL);
            if (found) {
                resolve(found[1]);
            }
        });
        child.once('exit', code => reject(new Error(`socialmap serve exited (${code}) before printing the page URL:\n${output.join('\n')}`)));
        child.once('error', reject);
    });
    return { pageUrl, output, stop: () => stop(child) };
}

async function stop(child: ChildProcess): Promise<number | null> {
    if (child.exitCode !== null) {
        return child.exitCode;
    }
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    const [code] = await exited;
    return code as number | null;
}
