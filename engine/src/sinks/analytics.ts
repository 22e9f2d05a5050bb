/** Product analytics, session replay and tag managers (§2): events, traits and identities go to the vendor. */
import { sdk, api, vendor, type SinkSpec } from './types';

const SEGMENT_METHODS = ['identify', 'track', 'page', 'group', 'alias', 'screen'];
const POSTHOG_METHODS = ['capture', 'identify', 'alias', 'group', 'groupIdentify', 'register', 'register_once', 'setPersonProperties', 'captureException'];
const google = vendor('Google Analytics', 'Google LLC', 'US', ['www.google-analytics.com', 'region1.google-analytics.com', 'analytics.google.com']);

export const ANALYTICS_SINKS: readonly SinkSpec[] = [
  sdk('segment', 'analytics', vendor('Segment', 'Twilio Inc. (Segment)', 'US', ['api.segment.io', 'cdn.segment.com', 'events.eu1.segmentapis.com']), {
    modules: ['@segment/analytics-node', '@segment/analytics-next', 'analytics-node', '@segment/analytics-react-native'],
    receiverPattern: /^analytics$/i, methods: SEGMENT_METHODS, factories: ['new', 'load', 'Analytics', 'AnalyticsBrowser', 'createClient', 'useAnalytics'],
    instanceMethods: SEGMENT_METHODS }),
  sdk('rudderstack', 'analytics', vendor('RudderStack', 'RudderStack Inc.', 'US', ['*.dataplane.rudderstack.com']), {
    modules: ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node', '@rudderstack/rudder-sdk-react-native'],
    factories: ['new', 'RudderAnalytics', 'Analytics'], instanceMethods: SEGMENT_METHODS }),
  // Jitsu is open source and self-hostable; Jitsu Cloud is run by Jitsu Labs (US, unsure of the entity).
  sdk('jitsu', 'analytics', vendor('Jitsu', 'Jitsu Labs, Inc.', 'US', ['*.jitsu.com']), {
    modules: ['@jitsu/js', '@jitsu/sdk-js', '@jitsu/jitsu-react'], factories: ['jitsuAnalytics', 'jitsuClient', 'useJitsu'],
    instanceMethods: [...SEGMENT_METHODS, 'id'], clientKeys: ['analytics'] }),
  sdk('mixpanel', 'analytics', vendor('Mixpanel', 'Mixpanel, Inc.', 'US', ['api.mixpanel.com', 'api-js.mixpanel.com']), {
    modules: ['mixpanel', 'mixpanel-browser', 'mixpanel-react-native'], globals: ['mixpanel'], receiverPattern: /^mixpanel$/i,
    methods: ['track', 'identify', 'register', 'register_once', 'alias', 'people.set', 'people.set_once', 'people.append', 'people.union'],
    factories: ['init', 'Mixpanel'], instanceMethods: ['track', 'identify', 'register', 'alias', 'people.set', 'people.set_once'] }),
  sdk('amplitude', 'analytics', vendor('Amplitude', 'Amplitude, Inc.', 'US', ['api2.amplitude.com', 'api.eu.amplitude.com']), {
    modules: ['@amplitude/analytics-browser', '@amplitude/analytics-node', '@amplitude/analytics-react-native', '@amplitude/unified', 'amplitude-js'],
    globals: ['amplitude'], receiverPattern: /^amplitude$/i,
    methods: ['track', 'identify', 'setUserId', 'logEvent', 'setUserProperties', 'setGroup'],
    factories: ['getInstance', 'createInstance'], instanceMethods: ['track', 'identify', 'setUserId', 'logEvent', 'setUserProperties'] }),
  // PostHog Cloud US by default (an EU region exists).
  sdk('posthog', 'analytics', vendor('PostHog', 'PostHog, Inc.', 'US', ['us.i.posthog.com', 'app.posthog.com', 'eu.i.posthog.com']), {
    modules: ['posthog-js', 'posthog-node', 'posthog-js/react', 'posthog-react-native'], globals: ['posthog'], receiverPattern: /^posthog$/i,
    methods: POSTHOG_METHODS, factories: ['new', 'PostHog', 'usePostHog'], instanceMethods: POSTHOG_METHODS }),
  sdk('heap', 'analytics', vendor('Heap', 'Heap Inc.', 'US', ['heapanalytics.com']), {
    globals: ['heap'], modules: ['@heap/react-native-heap', '@heap/heap-react-native', 'reactjs-heap'],
    methods: ['identify', 'addUserProperties', 'track', 'addEventProperties'] }),
  sdk('fullstory', 'analytics', vendor('FullStory', 'FullStory, Inc.', 'US', ['rs.fullstory.com', 'edge.fullstory.com']), {
    modules: ['@fullstory/browser', '@fullstory/react-native', '@fullstory/browser#FullStory'], globals: ['FS'],
    methods: ['identify', 'setUserVars', 'event', 'setVars', 'log', 'FullStory'], callable: true }),
  // Hotjar Ltd is in Malta.
  sdk('hotjar', 'analytics', vendor('Hotjar', 'Hotjar Ltd', 'MT', ['*.hotjar.com', '*.hotjar.io']), {
    modules: ['@hotjar/browser', 'react-hotjar#hotjar'], globals: ['hj'], methods: ['identify', 'event', 'stateChange'], callable: true }),
  // OpenPanel AB, Sweden (unsure of the entity; the cloud is hosted in the EU).
  sdk('openpanel', 'analytics', vendor('OpenPanel', 'OpenPanel AB', 'SE', ['api.openpanel.dev']), {
    modules: ['@openpanel/web', '@openpanel/sdk', '@openpanel/nextjs', '@openpanel/react-native', '@openpanel/express'],
    factories: ['OpenPanel', 'useOpenPanel'], instanceMethods: ['track', 'identify', 'increment', 'decrement', 'setGlobalProperties'] }),
  sdk('plausible', 'analytics', vendor('Plausible', 'Plausible Insights OÜ', 'EE', ['plausible.io']), {
    modules: ['plausible-tracker', '@plausible-analytics/tracker'], globals: ['plausible'], callable: true,
    methods: ['track', 'trackEvent'], factories: ['()', 'Plausible'], instanceMethods: ['trackEvent', 'trackPageview'] }),
  // Umami Software, Inc. (US); Umami is often self-hosted, then register the host as internal.
  sdk('umami', 'analytics', vendor('Umami', 'Umami Software, Inc.', 'US', ['cloud.umami.is', 'api.umami.is']), {
    globals: ['umami'], modules: ['@umami/node'], methods: ['track', 'identify', 'send'], factories: ['Umami'], instanceMethods: ['track', 'identify', 'send'] }),
  api('ga4-measurement-protocol', 'analytics', { ...google, name: 'Google Analytics Measurement Protocol' }),
  sdk('gtag', 'analytics', google, { label: 'gtag', globals: ['gtag'], callable: true, modules: ['@next/third-parties/google#sendGAEvent'] }),
  sdk('react-ga4', 'analytics', google, { label: 'react-ga4', modules: ['react-ga4', 'react-ga'], methods: ['event', 'set', 'gtag', 'send'] }),
  sdk('gtm', 'analytics', vendor('Google Tag Manager', 'Google LLC', 'US', ['www.googletagmanager.com']), {
    label: 'dataLayer', globals: ['dataLayer'], methods: ['push', 'dataLayer'],
    modules: ['react-gtm-module', '@next/third-parties/google#sendGTMEvent'], callable: true }),
  // Tinybird (an analytics database) through the zod-bird client: `tb.buildIngestEndpoint({ datasource })` makes a
  // function that sends the events it is given. Tinybird, Inc. (unsure of the entity; the default host is in the EU).
  sdk('tinybird', 'analytics', vendor('Tinybird', 'Tinybird, Inc.', 'US', ['api.tinybird.co', '*.tinybird.co']), {
    modules: ['@chronark/zod-bird'], factories: ['new', 'Tinybird', 'buildIngestEndpoint'], instanceCallable: true }),
  sdk('vercel-analytics', 'analytics', vendor('Vercel Analytics', 'Vercel Inc.', 'US'), {
    modules: ['@vercel/analytics', '@vercel/analytics/server', '@vercel/analytics/react'], methods: ['track'] }),
  sdk('clarity', 'analytics', vendor('Microsoft Clarity', 'Microsoft Corporation', 'US', ['*.clarity.ms']), {
    globals: ['clarity'], modules: ['@microsoft/clarity', 'clarity-js', 'react-microsoft-clarity#clarity'], callable: true,
    methods: ['identify', 'setTag', 'event', 'consent'] }),
  sdk('braze', 'analytics', vendor('Braze', 'Braze, Inc.', 'US', ['*.braze.com']), {
    modules: ['@braze/web-sdk', '@braze/react-native-sdk'], methods: ['changeUser', 'logCustomEvent', 'logPurchase'],
    factories: ['getUser'], instanceMethods: ['setEmail', 'setFirstName', 'setLastName', 'setPhoneNumber', 'setCustomUserAttribute',
      'setDateOfBirth', 'setHomeCity', 'setGender'] }),
  sdk('pendo', 'analytics', vendor('Pendo', 'Pendo.io, Inc.', 'US', ['app.pendo.io', 'data.pendo.io']), {
    globals: ['pendo'], methods: ['initialize', 'identify', 'track', 'updateOptions'] }),
  sdk('launchdarkly', 'analytics', vendor('LaunchDarkly', 'Catamorphic Co.', 'US', ['*.launchdarkly.com']), {
    modules: ['launchdarkly-js-client-sdk', '@launchdarkly/node-server-sdk', 'launchdarkly-node-server-sdk', 'launchdarkly-react-client-sdk',
      '@launchdarkly/js-client-sdk'],
    methods: ['initialize'], factories: ['initialize', 'init', 'createClient', 'useLDClient'],
    instanceMethods: ['identify', 'variation', 'variationDetail', 'track', 'allFlagsState'] }),
  sdk('statsig', 'analytics', vendor('Statsig', 'Statsig, Inc.', 'US', ['api.statsig.com']), {
    // The server core (`new Statsig(secretKey)`, then `statsig.identify(user)`, `statsig.logEvent(user, …)`).
    modules: ['statsig-node', '@statsig/js-client', 'statsig-js', '@statsig/react-bindings', '@statsig/statsig-node-core'],
    methods: ['initialize', 'logEvent', 'checkGate', 'getExperiment', 'getConfig', 'updateUser'],
    factories: ['StatsigClient', 'useStatsigClient', 'Statsig'],
    instanceMethods: ['logEvent', 'updateUserAsync', 'updateUserSync', 'checkGate', 'identify'] }),
  // Google Analytics for Firebase: `logEvent(getAnalytics(app), 'purchase', params)`, React Native's `analytics().logEvent(…)`.
  sdk('firebase-analytics', 'analytics', vendor('Google Analytics for Firebase', 'Google LLC', 'US', ['firebase.googleapis.com', 'app-measurement.com']), {
    modules: ['firebase/analytics', '@firebase/analytics', '@react-native-firebase/analytics'],
    methods: ['logEvent', 'setUserId', 'setUserProperties'], factories: ['()', 'getAnalytics', 'initializeAnalytics'],
    instanceMethods: ['logEvent', 'setUserId', 'setUserProperties', 'setUserProperty', 'logScreenView'] }),
];
