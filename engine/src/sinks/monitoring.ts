/** Error tracking, APM and log services (§2): events, breadcrumbs, user context and attributes leave the company. */
import { LOG_METHODS, sdk, vendor, type SinkSpec } from './types';

const SCOPE_METHODS = ['setUser', 'setContext', 'setExtra', 'setExtras', 'setTag', 'setTags'];

export const MONITORING_SINKS: readonly SinkSpec[] = [
  sdk('sentry', 'monitoring', vendor('Sentry', 'Functional Software, Inc.', 'US', ['*.ingest.sentry.io', 'sentry.io']), {
    modules: ['@sentry/*'], receiverPattern: /^Sentry$/,
    methods: [...SCOPE_METHODS, 'captureMessage', 'captureException', 'captureEvent', 'addBreadcrumb'],
    factories: ['getCurrentScope', 'getIsolationScope', 'getGlobalScope'], instanceMethods: SCOPE_METHODS }),
  sdk('bugsnag', 'monitoring', vendor('Bugsnag', 'SmartBear Software Inc.', 'US', ['notify.bugsnag.com', 'sessions.bugsnag.com']), {
    modules: ['@bugsnag/js', '@bugsnag/node', '@bugsnag/browser', '@bugsnag/react-native', '@bugsnag/expo'],
    methods: ['notify', 'setUser', 'leaveBreadcrumb', 'addMetadata', 'setContext'] }),
  sdk('rollbar', 'monitoring', vendor('Rollbar', 'Rollbar, Inc.', 'US', ['api.rollbar.com']), {
    modules: ['rollbar'], methods: ['log', 'debug', 'info', 'warning', 'warn', 'error', 'critical', 'configure'],
    factories: ['new', 'init'], instanceMethods: ['log', 'debug', 'info', 'warning', 'warn', 'error', 'critical', 'configure'] }),
  sdk('datadog-rum', 'monitoring', vendor('Datadog', 'Datadog, Inc.', 'US', ['*.datadoghq.com', 'browser-intake-datadoghq.com']), {
    label: 'Datadog RUM', modules: ['@datadog/browser-rum', '@datadog/browser-rum#datadogRum'], globals: ['DD_RUM'],
    receiverPattern: /^(datadogRum|DD_RUM)$/,
    methods: ['setUser', 'setUserProperty', 'addAction', 'addError', 'setGlobalContextProperty', 'setGlobalContext'] }),
  sdk('datadog-logs', 'monitoring', vendor('Datadog', 'Datadog, Inc.', 'US', ['http-intake.logs.datadoghq.com']), {
    label: 'Datadog Logs', modules: ['@datadog/browser-logs#datadogLogs'], globals: ['DD_LOGS'],
    methods: [...LOG_METHODS.map((m) => `logger.${m}`), 'setUser', 'setGlobalContextProperty', 'setGlobalContext'],
    factories: ['createLogger', 'getLogger'], instanceMethods: LOG_METHODS }),
  sdk('dd-trace', 'monitoring', vendor('Datadog', 'Datadog, Inc.', 'US'), {
    label: 'Datadog APM', modules: ['dd-trace'], methods: ['setUser'], factories: ['init'], instanceMethods: ['setUser'] }),
  sdk('newrelic', 'monitoring', vendor('New Relic', 'New Relic, Inc.', 'US', ['*.nr-data.net', 'log-api.newrelic.com']), {
    modules: ['newrelic', '@newrelic/browser-agent'], globals: ['newrelic'],
    methods: ['noticeError', 'addCustomAttribute', 'addCustomAttributes', 'recordCustomEvent', 'recordLogEvent', 'setUserID',
      'setCustomAttribute', 'setUserId', 'addPageAction', 'log'] }),
  sdk('honeybadger', 'monitoring', vendor('Honeybadger', 'Honeybadger Industries LLC', 'US', ['api.honeybadger.io']), {
    modules: ['@honeybadger-io/js', '@honeybadger-io/react'], methods: ['notify', 'setContext', 'addBreadcrumb'],
    factories: ['configure', 'factory'], instanceMethods: ['notify', 'setContext', 'addBreadcrumb'] }),
  sdk('logrocket', 'monitoring', vendor('LogRocket', 'LogRocket, Inc.', 'US', ['r.lr-ingest.io', 'r.lr-in-prod.com']), {
    modules: ['logrocket'], methods: ['identify', 'track', 'log', 'info', 'warn', 'error', 'debug', 'captureException', 'captureMessage'] }),
  sdk('highlight', 'monitoring', vendor('Highlight', 'Highlight Inc.', 'US', ['pub.highlight.io', 'pub.highlight.run']), {
    modules: ['highlight.run#H', '@highlight-run/node#H', '@highlight-run/next/client#H', '@highlight-run/next/server#H'],
    methods: ['identify', 'track', 'consumeError', 'error', 'log', 'recordMetric', 'addSessionFeedback'] }),
  // Retraced (audit logs as a service, open source and self-hostable; its hosted service's operator is not verified
  // here): events with their actor go to the server the client is made with (`new Client({ endpoint, apiKey })`).
  sdk('retraced', 'monitoring', vendor('Retraced', 'BoxyHQ, Inc. (operator not verified)', 'US'), {
    modules: ['@retracedhq/retraced'], factories: ['Client'], instanceMethods: ['reportEvent', 'reportEvents'],
    destination: { kind: 'clientOption', arg: 0, fields: ['endpoint'] } }),
  // Elastic N.V. is Dutch; Elastic APM sends to the APM server the app configures (Elastic Cloud by default).
  sdk('elastic-apm', 'monitoring', vendor('Elastic APM', 'Elastic N.V.', 'US'), {
    modules: ['elastic-apm-node', '@elastic/apm-rum'], methods: ['setUserContext', 'setCustomContext', 'captureError', 'setLabel', 'addLabels'],
    factories: ['start', 'init'], instanceMethods: ['setUserContext', 'setCustomContext', 'captureError', 'setLabel', 'addLabels'] }),
  sdk('raygun', 'monitoring', vendor('Raygun', 'Raygun Limited', 'NZ', ['api.raygun.com']), {
    modules: ['raygun', 'raygun4js'], factories: ['Client'], instanceMethods: ['send', 'user', 'setUser'], globals: ['rg4js'], callable: true }),
  sdk('axiom', 'monitoring', vendor('Axiom', 'Axiom, Inc.', 'US', ['api.axiom.co']), {
    modules: ['@axiomhq/js', '@axiomhq/logging'], factories: ['new', 'Axiom', 'AxiomWithoutBatching', 'Logger'],
    instanceMethods: ['ingest', ...LOG_METHODS] }),
  sdk('logtail', 'monitoring', vendor('Better Stack (Logtail)', 'Better Stack, Inc.', 'US', ['in.logs.betterstack.com', 'in.logtail.com']), {
    label: 'Logtail', modules: ['@logtail/node', '@logtail/browser', '@logtail/js', '@logtail/next'], factories: ['new', 'Logtail'],
    instanceMethods: LOG_METHODS }),
  // LLM tracing: a trace's input and output are the prompt and the answer, and `userId` is often the e-mail.
  sdk('langfuse', 'monitoring', vendor('Langfuse', 'Langfuse GmbH', 'DE', ['cloud.langfuse.com', 'us.cloud.langfuse.com']), {
    modules: ['langfuse', 'langfuse-node', '@langfuse/tracing'],
    methods: ['startObservation', 'startActiveObservation', 'updateActiveTrace', 'updateActiveObservation'],
    factories: ['new', 'Langfuse', 'trace', 'span', 'generation'],
    instanceMethods: ['trace', 'span', 'generation', 'event', 'score', 'update', 'end'] }),
];
