/** Loggers (§4(1)): whatever they are given is written to log files and log services. */
import { LOG_METHODS, type SinkSpec } from './types';

const log = (spec: Omit<SinkSpec, 'kind' | 'family'>): SinkSpec => ({ kind: 'log', family: 'log', ...spec });

/** What writes into an OpenTelemetry span. */
const SPAN_METHODS = ['setAttributes', 'addEvent', 'recordException', 'setAttribute'];
/** The same for a receiver known only by its name: not `setAttribute`, which a DOM `<span>` element has too. */
const NAMED_SPAN_METHODS = ['setAttributes', 'addEvent', 'recordException'];

const SIGNALE_METHODS = ['success', 'error', 'fatal', 'info', 'warn', 'debug', 'note', 'pending', 'star', 'start',
  'complete', 'await', 'watch', 'log', 'pause', 'fav'];

export const LOG_SINKS: readonly SinkSpec[] = [
  log({ id: 'console', label: 'console', globals: ['console'],
    methods: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert', 'timeLog'] }),
  log({ id: 'pino', label: 'pino', modules: ['pino'], factories: ['()', 'pino', 'child'], instanceMethods: LOG_METHODS }),
  // `const httpLogger = pinoHttp(); httpLogger.logger.info(…)`; `req.log` is caught by the `logger` entry.
  log({ id: 'pino-http', label: 'pino-http', modules: ['pino-http'], factories: ['()', 'pinoHttp'],
    instanceMethods: LOG_METHODS.map((m) => `logger.${m}`) }),
  log({ id: 'winston', label: 'winston', modules: ['winston'], methods: LOG_METHODS, factories: ['createLogger', 'child'], instanceMethods: LOG_METHODS }),
  log({ id: 'bunyan', label: 'bunyan', modules: ['bunyan'], factories: ['createLogger', 'child'], instanceMethods: LOG_METHODS }),
  log({ id: 'log4js', label: 'log4js', modules: ['log4js'], factories: ['getLogger'], instanceMethods: LOG_METHODS }),
  log({ id: 'loglevel', label: 'loglevel', modules: ['loglevel'], methods: LOG_METHODS, factories: ['getLogger'], instanceMethods: LOG_METHODS }),
  log({ id: 'debug', label: 'debug', modules: ['debug'], factories: ['()', 'extend'], instanceCallable: true }),
  log({ id: 'consola', label: 'consola', modules: ['consola', 'consola#consola'], methods: [...LOG_METHODS, 'box', 'start', 'ready', 'fail'],
    factories: ['createConsola', 'create', 'withTag'], instanceMethods: [...LOG_METHODS, 'box', 'start', 'ready', 'fail'] }),
  log({ id: 'signale', label: 'signale', modules: ['signale'], methods: SIGNALE_METHODS, factories: ['new', 'Signale', 'scope'],
    instanceMethods: SIGNALE_METHODS }),
  log({ id: 'tslog', label: 'tslog', modules: ['tslog'], factories: ['Logger', 'getSubLogger'], instanceMethods: LOG_METHODS }),
  // `Logger.log(…)` (static), `new Logger(Ctx.name)`, a field typed `Logger`, `class AppLogger extends ConsoleLogger`.
  log({ id: 'nestjs-logger', label: 'NestJS Logger', modules: ['@nestjs/common#Logger', '@nestjs/common#ConsoleLogger'],
    methods: LOG_METHODS, factories: ['new'], instanceMethods: LOG_METHODS }),
  // Effect's logger: `Effect.logError('…', data)`, and the annotations it writes into every line a program logs
  // (`Effect.logWarning('…').pipe(Effect.annotateLogs({ email }))`, `yield* Effect.annotateLogsScoped({ email })`).
  log({ id: 'effect-log', label: 'Effect logger', modules: ['effect#Effect', 'effect/Effect'],
    methods: ['log', 'logTrace', 'logDebug', 'logInfo', 'logWarning', 'logError', 'logFatal', 'annotateLogs', 'annotateLogsScoped'] }),
  // `morgan.token('email', (req) => req.user.email)` writes what the function returns into every access-log line.
  log({ id: 'morgan', label: 'morgan', modules: ['morgan'], methods: ['token', 'format'], callbackMethods: ['token', 'format'], callable: true }),
  // OpenTelemetry: a span's attributes and events are exported with the trace to the tracing backend, as log lines
  // are (`trace.getActiveSpan()?.setAttribute('user.email', email)`, `tracer.startSpan('x').setAttributes({ … })`).
  log({ id: 'opentelemetry', label: 'OpenTelemetry span', modules: ['@opentelemetry/api#trace', '@opentelemetry/api#context'],
    factories: ['getActiveSpan', 'getSpan', 'getTracer', 'startSpan', 'startActiveSpan'],
    instanceMethods: SPAN_METHODS }),
  // A span by its name (`span`, `rootSpan`, the callback parameter of `startActiveSpan('x', (span) => …)`).
  log({ id: 'opentelemetry-span', label: 'OpenTelemetry span', receiverPattern: /^[_#]?([a-z]+Span|span)$/, methods: NAMED_SPAN_METHODS }),
  // Any receiver called logger or log: `logger.info`, `this.logger.warn`, `req.log.error`, `app.log.info`.
  log({ id: 'logger', label: 'logger', receiverPattern: /^[_#]?(log|logger|[A-Za-z0-9_]*Logger|[a-z0-9_]*_logger)$/,
    methods: LOG_METHODS }),
];
