/**
 * Typed messages between the extension's contexts. A protocol maps each message type to what the request carries and
 * what answers it (src/extension/protocol.ts). `sender` sends over any transport and resolves with the typed reply;
 * `dispatcher` answers a protocol's requests from a context's one listener, checking each request once on arrival.
 */

/** Message type → the request's fields (besides `type`) and the reply. */
type Protocol = Record<string, { request: object; reply: unknown }>;

/** A request of the protocol, `type` included; a union over all of them by default. */
export type Request<P extends Protocol, K extends keyof P & string = keyof P & string> = {
  [T in K]: { type: T } & P[T]['request'];
}[K];

export type Reply<P extends Protocol, K extends keyof P> = P[K]['reply'];

/** What a context answers when it could not handle a request; the sender's promise rejects with the message. */
export interface Failure {
  failure: string;
}

/** Whether a message of this type is well-formed; the message is an object whose `type` is this one. */
export type Checks<P extends Protocol> = { [K in keyof P]: (message: Record<string, unknown>) => boolean };

type Handlers<P extends Protocol, Context> = {
  [K in keyof P & string]: (request: Request<P, K>, context: Context) => Reply<P, K> | Promise<Reply<P, K>>;
};

/** Sends one message and resolves with whatever answered it: `runtime.sendMessage`, `tabs.sendMessage` for a tab. */
type Transport = (message: unknown) => Promise<unknown>;

export type Sender<P extends Protocol> = <K extends keyof P & string>(request: Request<P, K>) => Promise<Reply<P, K>>;

function isFailure(reply: unknown): reply is Failure {
  return typeof reply === 'object' && reply !== null && typeof (reply as Failure).failure === 'string';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Requests over `transport`, answered as the protocol says; rejects when nothing answers or the answer is a Failure. */
export function sender<P extends Protocol>(transport: Transport): Sender<P> {
  return async (request) => {
    const reply = await transport(request);
    if (reply === undefined) throw new Error(`nothing answered ${request.type}`);
    if (isFailure(reply)) throw new Error(reply.failure);
    // The one place a reply's type is taken on trust: the context that answered implements the same protocol.
    return reply as Reply<P, typeof request.type>;
  };
}

/**
 * The message as one of the protocol's requests: null when it is none of its types (another protocol's message), a
 * Failure when it has one of its types but not its shape.
 */
export function accept<P extends Protocol>(checks: Checks<P>, message: unknown): Request<P> | Failure | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(checks, type)) return null;
  if (!checks[type]!(message as Record<string, unknown>)) return { failure: `malformed ${type} request` };
  return message as Request<P>;
}

/**
 * Answers the protocol's requests with `handlers`: undefined for a message that is not one of them (another listener
 * may answer it), else a promise of the reply, or of a Failure when the request is malformed or its handler fails.
 */
export function dispatcher<P extends Protocol, Context>(
  checks: Checks<P>,
  handlers: Handlers<P, Context>,
): (message: unknown, context: Context) => Promise<Reply<P, keyof P> | Failure> | undefined {
  return (message, context) => {
    const request = accept(checks, message);
    if (request === null) return undefined;
    if (isFailure(request)) return Promise.resolve(request);
    const handle = handlers[request.type] as (request: Request<P>, context: Context) => unknown;
    return Promise.resolve()
      .then(() => handle(request, context) as Reply<P, keyof P>)
      .catch((error: unknown): Failure => ({ failure: messageOf(error) }));
  };
}
