import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request as the sandbox's routes see it: the raw body (for signatures) and parsed parts. */
export interface SandboxRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface SandboxResponse {
  status: number;
  body?: unknown;
  /** A raw body sent as is (faults: a malformed answer). */
  raw?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export const json = (status: number, body: unknown): SandboxResponse => ({ status, body });

/** Yoti's share API error body, as DigitalIdentityServiceError reads it. */
export const shareError = (status: number, error: string, message: string): SandboxResponse =>
  json(status, { error, message });

/** Yoti's IDV API error body, as IDVError reads it. */
export const idvError = (
  status: number,
  code: string,
  message: string,
  errors?: Array<{ property: string; message: string }>,
) => json(status, { code, message, ...(errors ? { errors } : {}) });

export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function send(res: ServerResponse, response: SandboxResponse): void {
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (response.raw !== undefined) {
    res.setHeader('Content-Type', response.contentType ?? 'application/json');
    res.end(response.raw);
    return;
  }
  if (response.body === undefined) {
    res.end();
    return;
  }
  if (typeof response.body === 'string' && response.contentType) {
    res.setHeader('Content-Type', response.contentType);
    res.end(response.body);
    return;
  }
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(response.body));
}

export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Refuses a request to one of the sandbox's own POST routes (the phone page's Allow/Deny, its IDV
 * page's steps, faults) from another origin, or with a body that is not JSON: no other web page can
 * drive the sandbox (a form or a no-cors fetch from a page on another origin sends neither).
 */
export function controlRefusal(request: SandboxRequest, origin: string): SandboxResponse | undefined {
  if (request.method !== 'POST') return undefined;
  const from = request.headers.origin;
  if (from !== undefined && from !== origin)
    return json(403, { message: 'This origin may not drive the sandbox' });
  const type = String(request.headers['content-type'] ?? '');
  if (!/^application\/json\s*(;|$)/i.test(type)) return json(415, { message: 'Send application/json' });
  return undefined;
}

/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** The parts of a multipart/form-data body (as the SDK sends a face-capture image), or undefined when it is not one. */
export function formParts(body: Buffer, contentType: string): FormPart[] | undefined {
  const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) return undefined;
    const part = body.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) return undefined;
    const head = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/.exec(head)?.[1];
    if (name === undefined) return undefined;
    parts.push({
      name,
      filename: /filename="([^"]*)"/.exec(head)?.[1],
      contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim(),
      data: part.subarray(split + 4),
    });
    at = next;
  }
  return parts;
}
