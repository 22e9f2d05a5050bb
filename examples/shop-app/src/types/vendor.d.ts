/*
 * Minimal declarations of the library APIs this example uses, so that `tsc --noEmit -p examples/shop-app`
 * passes without installing any @types package. In a real project these come from the packages themselves.
 */

declare const process: { env: Record<string, string | undefined> };

declare module 'pino' {
  interface LogFn {
    (obj: object, msg?: string): void;
    (msg: string): void;
  }
  export interface Logger {
    level: string;
    trace: LogFn;
    debug: LogFn;
    info: LogFn;
    warn: LogFn;
    error: LogFn;
    fatal: LogFn;
    child(bindings: Record<string, unknown>): Logger;
  }
  export interface LoggerOptions {
    level?: string;
    base?: Record<string, unknown>;
  }
  function pino(options?: LoggerOptions): Logger;
  export default pino;
}

declare module 'pino-http' {
  import type { Logger } from 'pino';
  export default function pinoHttp(options: { logger: Logger }): (req: unknown, res: unknown, next: () => void) => void;
}

declare module 'express' {
  import type { Logger } from 'pino';

  /** The signed-in user (a customer, or staff in the back office), set by our auth middleware. */
  export interface SessionUser {
    id: string;
    role: 'customer' | 'staff' | 'admin';
  }
  export interface Request {
    params: Record<string, string>;
    query: Record<string, string | undefined>;
    headers: Record<string, string | undefined>;
    body: any;
    /** Request-scoped logger added by pino-http. */
    log: Logger;
    user: SessionUser;
  }
  export interface Response {
    status(code: number): Response;
    json(body: unknown): void;
    send(body?: string): void;
    cookie(name: string, value: string, options?: { httpOnly?: boolean; secure?: boolean; maxAge?: number }): Response;
    end(): void;
  }
  export type NextFunction = (err?: unknown) => void;
  export type Handler = (req: Request, res: Response, next: NextFunction) => void | Promise<void>;
  export type ErrorHandler = (err: Error, req: Request, res: Response, next: NextFunction) => void;
  export interface Router {
    get(path: string, ...handlers: Handler[]): Router;
    post(path: string, ...handlers: Handler[]): Router;
    put(path: string, ...handlers: Handler[]): Router;
    delete(path: string, ...handlers: Handler[]): Router;
  }
  export interface Application {
    use(handler: Handler | ErrorHandler | ((req: unknown, res: unknown, next: () => void) => void)): Application;
    use(path: string, router: Router): Application;
    get(path: string, ...handlers: Handler[]): Application;
    listen(port: number, callback?: () => void): void;
  }
  export function Router(): Router;
  export function json(): Handler;
  function express(): Application;
  export default express;
}

declare module 'pg' {
  export interface QueryResult<R> {
    rows: R[];
    rowCount: number;
  }
  export class Pool {
    constructor(options?: { connectionString?: string; max?: number });
    query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
  }
}

declare module 'axios' {
  export interface AxiosRequestConfig {
    baseURL?: string;
    timeout?: number;
    headers?: Record<string, string>;
    params?: Record<string, unknown>;
  }
  export interface AxiosResponse<T = unknown> {
    data: T;
    status: number;
  }
  export interface AxiosInstance {
    get<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    post<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    put<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    delete<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  }
  export interface AxiosStatic extends AxiosInstance {
    create(config?: AxiosRequestConfig): AxiosInstance;
    isAxiosError(value: unknown): boolean;
  }
  const axios: AxiosStatic;
  export default axios;
}

declare module '@sentry/node' {
  export interface User {
    id?: string;
    email?: string;
    username?: string;
    ip_address?: string;
  }
  export function init(options: { dsn: string; environment?: string; tracesSampleRate?: number }): void;
  export function setUser(user: User | null): void;
  export function setTag(key: string, value: string): void;
  export function setContext(name: string, context: Record<string, unknown> | null): void;
  export function captureException(error: unknown): string;
  export function captureMessage(message: string): string;
}

declare module '@segment/analytics-node' {
  export interface IdentifyParams {
    userId: string;
    traits?: Record<string, unknown>;
  }
  export interface TrackParams {
    userId: string;
    event: string;
    properties?: Record<string, unknown>;
  }
  export class Analytics {
    constructor(settings: { writeKey: string; flushAt?: number });
    identify(params: IdentifyParams): void;
    track(params: TrackParams): void;
    closeAndFlush(): Promise<void>;
  }
}

declare module 'openai' {
  export interface ChatMessage {
    role: 'system' | 'user' | 'assistant';
    content: string;
  }
  export interface ChatCompletion {
    choices: Array<{ message: { content: string | null } }>;
  }
  export default class OpenAI {
    constructor(options?: { apiKey?: string });
    chat: { completions: { create(body: { model: string; messages: ChatMessage[] }): Promise<ChatCompletion> } };
  }
}

declare module 'stripe' {
  namespace Stripe {
    interface CheckoutSession {
      id: string;
      url: string | null;
    }
    interface LineItem {
      quantity: number;
      price_data: { currency: string; unit_amount: number; product_data: { name: string } };
    }
  }
  class Stripe {
    constructor(secretKey: string);
    checkout: {
      sessions: {
        create(params: {
          mode: 'payment' | 'subscription';
          client_reference_id?: string;
          customer_email?: string;
          line_items: Stripe.LineItem[];
          success_url: string;
        }): Promise<Stripe.CheckoutSession>;
      };
    };
    refunds: { create(params: { payment_intent: string; amount?: number; metadata?: Record<string, string> }): Promise<{ id: string }> };
  }
  export default Stripe;
}

declare module 'bullmq' {
  export class Queue {
    constructor(name: string, options: { connection: { host: string; port: number } });
    add(name: string, data: unknown): Promise<{ id?: string }>;
  }
}
