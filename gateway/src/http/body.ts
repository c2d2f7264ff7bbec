import type { IncomingMessage } from "node:http";

/** The request body was larger than the limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body exceeds the limit of ${limit} bytes (MAX_BODY_BYTES).`);
  }
}

/**
 * How much of a refused body is read and thrown away so the client, still sending, can read the
 * 413 (closing a socket with unread data resets it, and the client would see no answer). A body
 * larger than this is cut off instead.
 */
const DISCARD_LIMIT = 16 * 1024 * 1024;

function discard(req: IncomingMessage, already: number): void {
  let seen = already;
  req.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DISCARD_LIMIT) req.socket.destroy();
  });
  req.resume();
}

/**
 * Reads a request body, refusing it as soon as it passes `limit` bytes: a Content-Length above
 * the limit is refused before reading, and a chunked body is cut when it crosses it.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    if (declared > DISCARD_LIMIT) req.socket.destroy();
    else discard(req, 0);
    return Promise.reject(new BodyTooLargeError(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        discard(req, size);
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}
