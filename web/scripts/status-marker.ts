// Sets a page's HTTP status from the <meta name="prisme-status"> it renders (see
// src/components/partial/PageStatus.tsx): Next.js renders notFound() of a dynamic page in the
// browser only, so pages show their 404 or 503 content themselves and name the status there. The
// first bytes of an HTML response are held until </head> (where React hoists that tag), the status
// is set, then everything flows on unchanged.
import type { ServerResponse } from "node:http";

const MARKER = /<meta name="prisme-status" content="(404|503)"/;
const HEAD_END = "</head>";
const MAX_HELD_BYTES = 256 * 1024;

type Callback = (error?: Error | null) => void;

/** Makes `response` take the status an HTML page names in its head. */
export function statusFromMarker(response: ServerResponse): void {
  const write = response.write.bind(response) as (chunk: unknown, encoding?: BufferEncoding, callback?: Callback) => boolean;
  const end = response.end.bind(response) as (chunk?: unknown, encoding?: BufferEncoding, callback?: Callback) => ServerResponse;
  const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
  let held: Buffer[] | null = [];
  let heldBytes = 0;
  // writeHead freezes the status: Next.js calls it before writing, so it is deferred until the head is read.
  let deferredHead: [number, string | undefined] | null = null;

  const isHtml = () => String(response.getHeader("content-type") ?? "").startsWith("text/html");
  const release = () => {
    if (!held) return;
    const head = Buffer.concat(held);
    held = null;
    const match = MARKER.exec(head.toString("utf8"));
    const status = match ? Number(match[1]) : (deferredHead?.[0] ?? response.statusCode);
    if (deferredHead) writeHead(status, ...(deferredHead[1] ? [deferredHead[1]] : []));
    else if (!response.headersSent) response.statusCode = status;
    deferredHead = null;
    if (head.length) write(head);
  };
  const toBuffer = (chunk: unknown, encoding?: BufferEncoding) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array));

  response.writeHead = ((status: number, reason?: string | Record<string, unknown> | unknown[], headers?: Record<string, unknown> | unknown[]) => {
    const [message, fields] = typeof reason === "string" ? [reason, headers] : [undefined, reason];
    if (fields && !Array.isArray(fields)) for (const [name, value] of Object.entries(fields)) if (value !== undefined) response.setHeader(name, value as string);
    if (fields && Array.isArray(fields)) for (let i = 0; i + 1 < fields.length; i += 2) response.setHeader(String(fields[i]), String(fields[i + 1]));
    if (!held) return writeHead(status, ...(message ? [message] : []));
    deferredHead = [status, message];
    return response;
  }) as ServerResponse["writeHead"];

  response.write = ((chunk: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    const cb = typeof encoding === "function" ? encoding : callback;
    const enc = typeof encoding === "string" ? encoding : undefined;
    if (!held || !isHtml()) {
      release();
      return write(chunk, enc, cb);
    }
    const buffer = toBuffer(chunk, enc);
    held.push(buffer);
    heldBytes += buffer.length;
    if (buffer.includes(HEAD_END) || heldBytes > MAX_HELD_BYTES) release();
    cb?.();
    return true;
  }) as ServerResponse["write"];

  response.end = ((chunk?: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    const cb = typeof chunk === "function" ? (chunk as Callback) : typeof encoding === "function" ? encoding : callback;
    const enc = typeof encoding === "string" ? encoding : undefined;
    if (held && chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      held.push(toBuffer(chunk, enc));
      release();
      return end(cb);
    }
    release();
    return typeof chunk === "function" || chunk === undefined || chunk === null ? end(cb) : end(chunk, enc, cb);
  }) as ServerResponse["end"];
}
