// Messages between a page and the world's worker. A page forwards each API request its service worker hands it and
// gets the world's answer back; `start` carries the page's start-up parameters (and a save an older Gantry left in
// localStorage, which a worker cannot read).
export interface StartMessage {
  type: 'start';
  search: string;
  baseUrl: string;
  legacySave: string | null;
}

export interface RequestMessage {
  type: 'request';
  id: number;
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

/** Carries (as its one transferred port) a port the page hands its service worker, served like the page's own. */
export interface ConnectMessage {
  type: 'connect';
}

export type PageMessage = StartMessage | RequestMessage | ConnectMessage;

export interface StartedMessage {
  type: 'started';
  /** The page's legacy save was read (usable or not) and may be removed from localStorage. */
  legacyRead: boolean;
}

export interface ResponseMessage {
  type: 'response';
  id: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

export interface FailedMessage {
  type: 'failed';
  id?: number;
  message: string;
}

export type WorldMessage = StartedMessage | ResponseMessage | FailedMessage;

export async function toRequestMessage(id: number, request: Request): Promise<RequestMessage> {
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
  return { type: 'request', id, method: request.method, url: request.url, headers: [...request.headers], body };
}

export function fromRequestMessage(message: RequestMessage): Request {
  const init: RequestInit = { method: message.method, headers: message.headers };
  if (message.body) init.body = message.body;
  return new Request(message.url, init);
}

export async function toResponseMessage(id: number, response: Response): Promise<ResponseMessage> {
  return { type: 'response', id, status: response.status, headers: [...response.headers], body: await response.arrayBuffer() };
}

export function fromResponseMessage(message: ResponseMessage): Response {
  const nullBody = message.status === 204 || message.status === 304;
  return new Response(nullBody ? null : message.body, { status: message.status, headers: message.headers });
}
