// The server side of a websocket (RFC 6455), enough for a test double speaking GLSP's JSON-RPC:
// one text message per frame, masked client frames, ping and close. Test-only code; the product's
// server is Jetty.
import { createHash } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Duplex } from 'node:stream';

const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface TextSocket {
    send(text: string): void;
    close(): void;
}

export function acceptWebSocket(request: IncomingMessage, socket: Duplex, onMessage: (text: string, reply: TextSocket) => void): TextSocket {
    const key = request.headers['sec-websocket-key'];
    const accept = createHash('sha1').update(`${key}${HANDSHAKE_GUID}`).digest('base64');
    socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' + `Sec-WebSocket-Accept: ${accept}\r\n\r\n`
    );
    const peer: TextSocket = {
        send: text => socket.write(frame(0x1, Buffer.from(text, 'utf8'))),
        close: () => socket.end(frame(0x8, Buffer.alloc(0)))
    };
    let pending = Buffer.alloc(0);
    let fragments: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        for (let parsed = parseFrame(pending); parsed; parsed = parseFrame(pending)) {
            pending = pending.subarray(parsed.length);
            if (parsed.opcode === 0x8) {
                peer.close();
                return;
            }
            if (parsed.opcode === 0x9) {
                socket.write(frame(0xa, parsed.payload));
                continue;
            }
            if (parsed.opcode === 0x1 || parsed.opcode === 0x0) {
                fragments.push(parsed.payload);
                if (parsed.fin) {
                    onMessage(Buffer.concat(fragments).toString('utf8'), peer);
                    fragments = [];
                }
            }
        }
    });
    socket.on('error', () => socket.destroy());
    return peer;
}

function frame(opcode: number, payload: Buffer): Buffer {
    const length = payload.length;
    const header =
        length < 126
            ? Buffer.from([0x80 | opcode, length])
            : length < 65536
              ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
              : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigEndian64(length)]);
    return Buffer.concat([header, payload]);
}

function bigEndian64(value: number): Buffer {
    const bytes = Buffer.alloc(8);
    bytes.writeBigUInt64BE(BigInt(value));
    return bytes;
}

interface Frame {
    fin: boolean;
    opcode: number;
    payload: Buffer;
    length: number;
}

function parseFrame(data: Buffer): Frame | undefined {
    if (data.length < 2) {
        return undefined;
    }
    const fin = (data[0] & 0x80) !== 0;
    const opcode = data[0] & 0x0f;
    const masked = (data[1] & 0x80) !== 0;
    let length = data[1] & 0x7f;
    let offset = 2;
    if (length === 126) {
        if (data.length < 4) return undefined;
        length = data.readUInt16BE(2);
        offset = 4;
    } else if (length === 127) {
        if (data.length < 10) return undefined;
        length = Number(data.readBigUInt64BE(2));
        offset = 10;
    }
    const maskLength = masked ? 4 : 0;
    if (data.length < offset + maskLength + length) {
        return undefined;
    }
    const mask = data.subarray(offset, offset + maskLength);
    const payload = Buffer.from(data.subarray(offset + maskLength, offset + maskLength + length));
    if (masked) {
        for (let i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
    }
    return { fin, opcode, payload, length: offset + maskLength + length };
}
