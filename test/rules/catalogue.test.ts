/**
 * The sink catalogue, entry by entry: for every SDK or API a row says how a client is made (`setup`) and one call
 * that sends (`send`, with `@@` where the data goes). Each row becomes an invalid case (a customer's e-mail is
 * sent: reported, at the value, naming the vendor) and a valid case (only an id is sent, and the e-mail is sent
 * under a consent check — or, for loggers, only the id is logged). A test checks that every entry has a row.
 */
import { strict as assert } from 'node:assert';
import { SINK_CATALOG, type SinkSpec } from '@privacy-lint/engine';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester';

interface Row {
  /** Imports and client creation, one statement a line. */
  setup: string;
  /** One line that sends `@@`. */
  send: string;
  /** The destination is set outside the code of the call (a module's transport): reported as unknown. */
  unknownDestination?: boolean;
  /** What the message must name, when not the vendor (URLs of generic clients, SMTP hosts). */
  says?: string;
}

const OTHER = 'https://api.other.example.com/x';
const post = (url: string): Row => ({ setup: '', send: `fetch('${url}', { method: 'POST', body: JSON.stringify({ email: @@ }) });` });
const chat = (client: string) => `${client}.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: @@ }] });`;

export const CATALOGUE_ROWS: Record<string, Row> = {
  // ---- logs ----
  'console': { setup: '', send: 'console.log(@@);' },
  'pino': { setup: "import pino from 'pino';\nconst p = pino();", send: 'p.info(@@);' },
  'pino-http': { setup: "import pinoHttp from 'pino-http';\nconst httpLog = pinoHttp();", send: 'httpLog.logger.info(@@);' },
  'winston': { setup: "import winston from 'winston';\nconst w = winston.createLogger({ level: 'info' });", send: 'w.info(@@);' },
  'bunyan': { setup: "import bunyan from 'bunyan';\nconst b = bunyan.createLogger({ name: 'app' });", send: 'b.warn(@@);' },
  'log4js': { setup: "import log4js from 'log4js';\nconst l4 = log4js.getLogger();", send: 'l4.error(@@);' },
  'loglevel': { setup: "import loglevel from 'loglevel';", send: 'loglevel.info(@@);' },
  'debug': { setup: "import createDebug from 'debug';\nconst dbg = createDebug('app:billing');", send: 'dbg(@@);' },
  'consola': { setup: "import { consola } from 'consola';", send: 'consola.info(@@);' },
  'signale': { setup: "import signale from 'signale';", send: 'signale.success(@@);' },
  'tslog': { setup: "import { Logger } from 'tslog';\nconst tl = new Logger();", send: 'tl.info(@@);' },
  'nestjs-logger': { setup: "import { Logger } from '@nestjs/common';\nconst nl = new Logger('Billing');", send: 'nl.log(@@);' },
  'effect-log': { setup: "import { Effect } from 'effect';", send: "Effect.logError('signup failed').pipe(Effect.annotateLogs({ customer: @@ }));" },
  'morgan': { setup: "import morgan from 'morgan';", send: "morgan.token('customer', () => @@);" },
  'opentelemetry': { setup: "import { trace } from '@opentelemetry/api';\nconst tracer = trace.getTracer('billing');", send: "tracer.startSpan('charge').setAttributes({ who: @@ });" },
  'opentelemetry-span': { setup: "declare const rootSpan: any;", send: "rootSpan.addEvent('charged', { who: @@ });" },
  'logger': { setup: 'declare const logger: any;', send: 'logger.info(@@);' },
  // ---- HTTP clients ----
  'fetch': { ...post(OTHER), says: '`api.other.example.com`' },
  'fetch-event-source': { setup: "import { fetchEventSource } from '@microsoft/fetch-event-source';",
    send: `fetchEventSource('${OTHER}', { method: 'POST', body: JSON.stringify({ email: @@ }), onmessage() {} });`, says: '`api.other.example.com`' },
  'axios': { setup: "import axios from 'axios';", send: `axios.post('${OTHER}', { email: @@ });`, says: '`api.other.example.com`' },
  'got': { setup: "import got from 'got';", send: `got.post('${OTHER}', { json: { email: @@ } });`, says: '`api.other.example.com`' },
  'ky': { setup: "import ky from 'ky';", send: `ky.post('${OTHER}', { json: { email: @@ } });`, says: '`api.other.example.com`' },
  'superagent': { setup: "import superagent from 'superagent';", send: `superagent.post('${OTHER}').send({ email: @@ });`, says: '`api.other.example.com`' },
  'node-http': { setup: `import https from 'node:https';\nconst req = https.request('${OTHER}');`, send: 'req.write(JSON.stringify({ email: @@ }));', says: '`api.other.example.com`' },
  'xhr': { setup: `const xhr = new XMLHttpRequest();\nxhr.open('POST', '${OTHER}');`, send: 'xhr.send(JSON.stringify({ email: @@ }));', says: '`api.other.example.com`' },
  'beacon': { setup: '', send: `navigator.sendBeacon('${OTHER}', JSON.stringify({ email: @@ }));`, says: '`api.other.example.com`' },
  'websocket': { setup: "const ws = new WebSocket('wss://push.other.example.com/socket');", send: 'ws.send(JSON.stringify({ email: @@ }));', says: '`push.other.example.com`' },
  // ---- error tracking, APM ----
  'sentry': { setup: "import * as Sentry from '@sentry/node';", send: 'Sentry.setUser({ email: @@ });' },
  'bugsnag': { setup: "import Bugsnag from '@bugsnag/js';", send: "Bugsnag.leaveBreadcrumb('signup', { email: @@ });" },
  'rollbar': { setup: "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: 'token' });", send: "rollbar.error('signup failed', { email: @@ });" },
  'datadog-rum': { setup: "import { datadogRum } from '@datadog/browser-rum';", send: 'datadogRum.setUser({ id: c.id, email: @@ });' },
  'datadog-logs': { setup: "import { datadogLogs } from '@datadog/browser-logs';", send: "datadogLogs.logger.info('checkout', { email: @@ });" },
  'dd-trace': { setup: "import tracer from 'dd-trace';", send: 'tracer.setUser({ id: c.id, email: @@ });' },
  'newrelic': { setup: "import newrelic from 'newrelic';", send: "newrelic.addCustomAttribute('customerEmail', @@);" },
  'honeybadger': { setup: "import Honeybadger from '@honeybadger-io/js';", send: 'Honeybadger.setContext({ user_email: @@ });' },
  'logrocket': { setup: "import LogRocket from 'logrocket';", send: 'LogRocket.identify(c.id, { email: @@ });' },
  'highlight': { setup: "import { H } from 'highlight.run';", send: "H.identify(@@, { plan: 'pro' });" },
  'elastic-apm': { setup: "import apm from 'elastic-apm-node';", send: 'apm.setUserContext({ email: @@ });' },
  'raygun': { setup: "import raygun from 'raygun';\nconst rg = new raygun.Client();", send: "rg.send(new Error('failed'), { email: @@ });" },
  // ---- analytics ----
  'segment': { setup: "import { Analytics } from '@segment/analytics-node';\nconst seg = new Analytics({ writeKey: 'key' });", send: 'seg.identify({ userId: c.id, traits: { email: @@ } });' },
  'rudderstack': { setup: "import { RudderAnalytics } from '@rudderstack/analytics-js';\nconst rudder = new RudderAnalytics();", send: 'rudder.identify(c.id, { email: @@ });' },
  'jitsu': { setup: "import { jitsuAnalytics } from '@jitsu/js';\nconst jitsu = jitsuAnalytics({ host: 'https://shop.jitsu.com' });", send: 'jitsu.identify(c.id, { email: @@ });' },
  'mixpanel': { setup: "import mixpanel from 'mixpanel-browser';", send: 'mixpanel.people.set({ $email: @@ });' },
  'amplitude': { setup: "import * as amplitude from '@amplitude/analytics-browser';", send: 'amplitude.setUserId(@@);' },
  'posthog': { setup: "import { PostHog } from 'posthog-node';\nconst ph = new PostHog('phc_key');", send: "ph.capture({ distinctId: c.id, event: 'signup', properties: { email: @@ } });" },
  'heap': { setup: 'declare const heap: any;', send: 'heap.addUserProperties({ email: @@ });' },
  'fullstory': { setup: "import * as FullStory from '@fullstory/browser';", send: 'FullStory.setUserVars({ email: @@ });' },
  'hotjar': { setup: "import Hotjar from '@hotjar/browser';", send: 'Hotjar.identify(c.id, { email: @@ });' },
  'openpanel': { setup: "import { OpenPanel } from '@openpanel/web';\nconst op = new OpenPanel({ clientId: 'client' });", send: 'op.identify({ profileId: c.id, email: @@ });' },
  'plausible': { setup: "import Plausible from 'plausible-tracker';\nconst { trackEvent } = Plausible({ domain: 'shop.example.jp' });", send: "trackEvent('signup', { props: { email: @@ } });" },
  'umami': { setup: 'declare const umami: any;', send: "umami.track('signup', { email: @@ });" },
  'gtag': { setup: 'declare const gtag: any;', send: "gtag('set', 'user_data', { email: @@ });" },
  'ga4-measurement-protocol': post('https://www.google-analytics.com/mp/collect?measurement_id=G-1&api_secret=s'),
  'react-ga4': { setup: "import ReactGA from 'react-ga4';", send: "ReactGA.event({ category: 'signup', action: 'done', label: @@ });" },
  'gtm': { setup: 'declare const dataLayer: any[];', send: "dataLayer.push({ event: 'signup', email: @@ });" },
  'tinybird': { setup: "import { Tinybird } from '@chronark/zod-bird';\nconst tb = new Tinybird({ token: 'token' });\nconst recordSignup = tb.buildIngestEndpoint({ datasource: 'signups' });", send: 'recordSignup({ email: @@ });' },
  'vercel-analytics': { setup: "import { track } from '@vercel/analytics';", send: "track('signup', { email: @@ });" },
  'clarity': { setup: "import Clarity from '@microsoft/clarity';", send: 'Clarity.identify(@@);' },
  'braze': { setup: "import * as braze from '@braze/web-sdk';", send: 'braze.getUser().setEmail(@@);' },
  'pendo': { setup: 'declare const pendo: any;', send: 'pendo.identify({ visitor: { id: c.id, email: @@ } });' },
  'launchdarkly': { setup: "import { init } from '@launchdarkly/node-server-sdk';\nconst ld = init('sdk-key');", send: "ld.variation('new-checkout', { kind: 'user', key: c.id, email: @@ }, false);" },
  'statsig': { setup: "import Statsig from 'statsig-node';", send: "Statsig.logEvent({ userID: c.id, email: @@ }, 'signup');" },
  // ---- advertising ----
  'dub': { setup: "import { Dub } from 'dub';\nconst dub = new Dub({ token: 'token' });", send: "dub.track.lead({ clickId: 'click', eventName: 'Sign Up', customerExternalId: c.id, customerEmail: @@ });" },
  'meta-pixel': { setup: 'declare const fbq: any;', send: "fbq('init', '123456', { em: @@ });" },
  'meta-conversions-api': { setup: "import { UserData } from 'facebook-nodejs-business-sdk';\nconst userData = new UserData();", send: 'userData.setEmail(@@);' },
  'line-tag': { setup: 'declare const _lt: any;', send: "_lt('send', 'cv', { type: 'Conversion', email: @@ }, ['tag-id']);" },
  'yahoo-japan-tag': { setup: 'declare const ytag: any;', send: "ytag({ type: 'yss_conversion', config: { yahoo_email: @@ } });" },
  'line-conversion-api': post('https://conversion-api.tr.line.me/v1/tag/events'),
  'tiktok-pixel': { setup: 'declare const ttq: any;', send: 'ttq.identify({ email: @@ });' },
  'x-pixel': { setup: 'declare const twq: any;', send: "twq('event', 'tw-abc', { email_address: @@ });" },
  'google-ads-api': post('https://googleads.googleapis.com/v17/customers/1:uploadClickConversions'),
  // ---- e-mail, SMS, chat, push ----
  'sendgrid': { setup: "import sgMail from '@sendgrid/mail';", send: "sgMail.send({ to: @@, from: 'shop@example.jp', subject: 'Welcome' });" },
  'mailgun': { setup: "import Mailgun from 'mailgun.js';\nconst mg = new Mailgun(FormData).client({ username: 'api', key: 'key' });", send: "mg.messages.create('mg.example.jp', { to: @@, subject: 'Welcome' });" },
  'postmark': { setup: "import { ServerClient } from 'postmark';\nconst pm = new ServerClient('token');", send: "pm.sendEmail({ To: @@, From: 'shop@example.jp', Subject: 'Welcome' });" },
  'resend': { setup: "import { Resend } from 'resend';\nconst resend = new Resend('re_key');", send: "resend.emails.send({ to: @@, from: 'shop@example.jp', subject: 'Welcome' });" },
  'brevo': { setup: "import * as brevo from '@getbrevo/brevo';\nconst emails = new brevo.TransactionalEmailsApi();", send: "emails.sendTransacEmail({ to: [{ email: @@ }], subject: 'Welcome' });" },
  'mailchimp': { setup: "import mailchimp from '@mailchimp/mailchimp_marketing';", send: "mailchimp.lists.addListMember('list', { email_address: @@, status: 'subscribed' });" },
  'mandrill': { setup: "import mailchimpTx from '@mailchimp/mailchimp_transactional';\nconst tx = mailchimpTx('key');", send: 'tx.messages.send({ message: { to: [{ email: @@ }] } });' },
  'amazon-ses': { setup: "import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';\nconst ses = new SESClient({ region: 'ap-northeast-1' });", send: "ses.send(new SendEmailCommand({ Destination: { ToAddresses: [@@] }, Source: 'shop@example.jp' }));" },
  'amazon-sns': { setup: "import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';\nconst sns = new SNSClient({});", send: "sns.send(new PublishCommand({ PhoneNumber: @@, Message: 'Your code' }));" },
  'aws-sdk-v2': { setup: "import AWS from 'aws-sdk';\nconst ses2 = new AWS.SES();", send: 'ses2.sendEmail({ Destination: { ToAddresses: [@@] } });' },
  'nodemailer': { setup: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: 'smtp.mail.example.com', port: 587 });", send: "transporter.sendMail({ to: @@, subject: 'Welcome' });", says: '`smtp.mail.example.com`' },
  'nestjs-mailer': { setup: "import { MailerService } from '@nestjs-modules/mailer';\ndeclare const mailer: MailerService;", send: "mailer.sendMail({ to: @@, subject: 'Welcome', template: 'welcome' });", unknownDestination: true },
  'twilio': { setup: "import twilio from 'twilio';\nconst tw = twilio('sid', 'token');", send: "tw.messages.create({ to: @@, from: '+815000', body: 'Your code' });" },
  'signalwire': { setup: "import { RestClient } from '@signalwire/compatibility-api';\nconst sw = RestClient('project', 'token', { signalwireSpaceUrl: 'shop.signalwire.com' });", send: "sw.messages.create({ from: '+815000000000', to: @@, body: 'shipped' });" },
  'vonage': { setup: "import { Vonage } from '@vonage/server-sdk';\nconst vonage = new Vonage({ apiKey: 'k', apiSecret: 's' });", send: "vonage.sms.send({ to: @@, from: 'Shop', text: 'Your code' });" },
  'line-messaging-api': { setup: "import { messagingApi } from '@line/bot-sdk';\nconst line = new messagingApi.MessagingApiClient({ channelAccessToken: 'token' });", send: "line.pushMessage({ to: c.id, messages: [{ type: 'text', text: @@ }] });" },
  'line-notify': post('https://notify-api.line.me/api/notify'),
  'slack-webhook': { setup: "import { IncomingWebhook } from '@slack/webhook';\nconst hook = new IncomingWebhook('https://hooks.slack.com/services/T/B/X');", send: 'hook.send({ text: @@ });' },
  'slack-web-api': { setup: "import { WebClient } from '@slack/web-api';\nconst slack = new WebClient('xoxb-token');", send: "slack.chat.postMessage({ channel: 'C123', text: @@ });" },
  'discord-webhook': { setup: "import { WebhookClient } from 'discord.js';\nconst discord = new WebhookClient({ url: 'https://discord.com/api/webhooks/1/x' });", send: 'discord.send({ content: @@ });' },
  'teams-webhook': post('https://shop.webhook.office.com/webhookb2/x'),
  'chatwork': post('https://api.chatwork.com/v2/rooms/1/messages'),
  'telegram': { setup: "import TelegramBot from 'node-telegram-bot-api';\nconst bot = new TelegramBot('token');", send: 'bot.sendMessage(c.id, @@);' },
  'loops': { setup: "import { LoopsClient } from 'loops';\nconst loops = new LoopsClient('key');", send: "loops.createContact(@@, { source: 'signup' });" },
  'customerio': { setup: "import { TrackClient } from 'customerio-node';\nconst cio = new TrackClient('site', 'key');", send: 'cio.identify(c.id, { email: @@ });' },
  'dittofeed': { setup: "import { DittofeedSdk } from '@dittofeed/sdk-node';", send: 'DittofeedSdk.identify({ userId: c.id, traits: { email: @@ } });' },
  'knock': { setup: "import { Knock } from '@knocklabs/node';\nconst knock = new Knock('sk');", send: "knock.workflows.trigger('welcome', { recipients: [{ id: c.id, email: @@ }] });" },
  'novu': { setup: "import { Novu } from '@novu/node';\nconst novu = new Novu('key');", send: "novu.trigger('welcome', { to: { subscriberId: c.id, email: @@ }, payload: {} });" },
  'onesignal': { setup: "import OneSignal from 'react-onesignal';", send: 'OneSignal.User.addEmail(@@);' },
  'firebase-cloud-messaging': { setup: "import { getMessaging } from 'firebase-admin/messaging';", send: "getMessaging().send({ token: 'device', notification: { title: 'Hi', body: @@ } });" },
  'expo-push': { setup: "import { Expo } from 'expo-server-sdk';\nconst expo = new Expo();", send: "expo.sendPushNotificationsAsync([{ to: 'ExponentPushToken[x]', body: @@ }]);" },
  'pusher': { setup: "import Pusher from 'pusher';\nconst pusher = new Pusher({ appId: '1', key: 'k', secret: 's', cluster: 'ap3' });", send: "pusher.trigger('orders', 'created', { email: @@ });" },
  // ---- payments ----
  'stripe': { setup: "import Stripe from 'stripe';\nconst stripe = new Stripe('sk_test');", send: 'stripe.customers.create({ email: @@ });' },
  'stripe-js': { setup: "import { loadStripe } from '@stripe/stripe-js';\nconst sj = await loadStripe('pk_test');", send: "sj?.confirmCardPayment('pi_secret', { payment_method: { billing_details: { email: @@ } } });" },
  'paypal': { setup: "import { Client, OrdersController } from '@paypal/paypal-server-sdk';\nconst orders = new OrdersController(new Client({}));", send: 'orders.createOrder({ body: { payer: { emailAddress: @@ } } });' },
  'square': { setup: "import { SquareClient } from 'square';\nconst square = new SquareClient({ token: 'token' });", send: 'square.customers.create({ emailAddress: @@ });' },
  'adyen': { setup: "import { Client, CheckoutAPI } from '@adyen/api-library';\nconst checkout = new CheckoutAPI(new Client({ apiKey: 'key' }));", send: "checkout.PaymentsApi.payments({ shopperEmail: @@, amount: { value: 1000, currency: 'JPY' } });" },
  'mollie': { setup: "import createMollieClient from '@mollie/api-client';\nconst mollie = createMollieClient({ apiKey: 'test_key' });", send: 'mollie.payments.create({ billingAddress: { email: @@ } });' },
  'braintree': { setup: "import braintree from 'braintree';\nconst gateway = new braintree.BraintreeGateway({ merchantId: 'm' });", send: 'gateway.customer.create({ email: @@ });' },
  'paddle': { setup: "import { Paddle } from '@paddle/paddle-node-sdk';\nconst paddle = new Paddle('key');", send: 'paddle.customers.create({ email: @@ });' },
  'lemon-squeezy': { setup: "import { createCustomer } from '@lemonsqueezy/lemonsqueezy.js';", send: "createCustomer(1, { name: 'x', email: @@ });" },
  'polar': { setup: "import { Polar } from '@polar-sh/sdk';\nconst polar = new Polar({ accessToken: 'token' });", send: 'polar.customers.create({ email: @@ });' },
  'payjp': { setup: "import Payjp from 'payjp';\nconst payjp = Payjp('sk_test');", send: 'payjp.customers.create({ email: @@ });' },
  'komoju': post('https://komoju.com/api/v1/customers'),
  'gmo-pg': { setup: "import GMOPG from 'gmopg';\nconst gmo = new GMOPG({ ShopID: 'shop' });", send: 'gmo.saveMember({ MemberID: c.id, MemberName: @@ });' },
  'paypay': { setup: "import PAYPAY from '@paypayopa/paypayopa-sdk-node';", send: "PAYPAY.QRCodeCreate({ merchantPaymentId: 'p1', orderDescription: @@ }, () => {});" },
  'line-pay': post('https://api-pay.line.me/v3/payments/request'),
  // ---- CRM, support ----
  'hubspot': { setup: "import { Client } from '@hubspot/api-client';\nconst hubspot = new Client({ accessToken: 'token' });", send: 'hubspot.crm.contacts.basicApi.create({ properties: { email: @@ } });' },
  'salesforce': { setup: "import jsforce from 'jsforce';\nconst conn = new jsforce.Connection({});", send: "conn.sobject('Contact').create({ Email: @@ });" },
  'intercom': { setup: "import { useIntercom } from 'react-use-intercom';\nconst { boot } = useIntercom();", send: 'boot({ userId: c.id, email: @@ });' },
  'zendesk': { setup: "import zendesk from 'node-zendesk';\nconst zd = zendesk.createClient({ username: 'u', token: 't', subdomain: 'shop' });", send: 'zd.users.create({ user: { email: @@ } });' },
  'freshdesk': { setup: "import Freshdesk from 'freshdesk-api';\nconst fd = new Freshdesk('https://shop.freshdesk.com', 'key');", send: "fd.createTicket({ email: @@, subject: 'Help' });" },
  'plain': { setup: "import { PlainClient } from '@team-plain/typescript-sdk';\nconst plain = new PlainClient({ apiKey: 'key' });", send: 'plain.upsertCustomer({ identifier: { emailAddress: @@ } });' },
  'crisp': { setup: "import { Crisp } from 'crisp-sdk-web';", send: 'Crisp.user.setEmail(@@);' },
  'zoho': post('https://www.zohoapis.com/crm/v2/Contacts'),
  'zoho-jp': post('https://www.zohoapis.jp/crm/v2/Contacts'),
  'kintone': { setup: "import { KintoneRestAPIClient } from '@kintone/rest-api-client';\nconst kintone = new KintoneRestAPIClient({ baseUrl: 'https://shop.cybozu.com' });", send: 'kintone.record.addRecord({ app: 1, record: { email: { value: @@ } } });' },
  'notion': { setup: "import { Client } from '@notionhq/client';\nconst notion = new Client({ auth: 'token' });", send: "notion.pages.create({ parent: { database_id: 'db' }, properties: { Email: { email: @@ } } });" },
  'airtable': { setup: "import Airtable from 'airtable';\nconst base = new Airtable({ apiKey: 'key' }).base('app1');", send: "base.table('Customers').create({ Email: @@ });" },
  'google-workspace': { setup: "import { google } from 'googleapis';\nconst sheets = google.sheets({ version: 'v4' });", send: "sheets.spreadsheets.values.append({ spreadsheetId: 'sheet', range: 'A1', requestBody: { values: [[@@]] } });" },
  // ---- LLM providers ----
  'openai': { setup: "import OpenAI from 'openai';\nconst openai = new OpenAI();", send: chat('openai') },
  'azure-openai': { setup: "import { AzureOpenAI } from 'openai';\nconst azure = new AzureOpenAI({ endpoint: 'https://shop.openai.azure.com' });", send: chat('azure') },
  'anthropic': { setup: "import Anthropic from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic();", send: "anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: @@ }] });" },
  'anthropic-cloud': { setup: "import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nconst claude = new AnthropicBedrock();", send: "claude.messages.create({ model: 'claude', max_tokens: 1024, messages: [{ role: 'user', content: @@ }] });" },
  'google-generative-ai': { setup: "import { GoogleGenerativeAI } from '@google/generative-ai';\nconst model = new GoogleGenerativeAI('key').getGenerativeModel({ model: 'gemini-1.5-flash' });", send: 'model.generateContent(@@);' },
  'google-genai': { setup: "import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({ apiKey: 'key' });", send: "ai.models.generateContent({ model: 'gemini-2.5-flash', contents: @@ });" },
  'vertex-ai': { setup: "import { VertexAI } from '@google-cloud/vertexai';\nconst gemini = new VertexAI({ project: 'p', location: 'asia-northeast1' }).getGenerativeModel({ model: 'gemini-1.5-pro' });", send: 'gemini.generateContent(@@);' },
  'mistral': { setup: "import { Mistral } from '@mistralai/mistralai';\nconst mistral = new Mistral({ apiKey: 'key' });", send: "mistral.chat.complete({ model: 'mistral-large-latest', messages: [{ role: 'user', content: @@ }] });" },
  'cohere': { setup: "import { CohereClientV2 } from 'cohere-ai';\nconst cohere = new CohereClientV2({ token: 'key' });", send: "cohere.chat({ model: 'command-r', messages: [{ role: 'user', content: @@ }] });" },
  'groq': { setup: "import Groq from 'groq-sdk';\nconst groq = new Groq();", send: chat('groq') },
  'together': { setup: "import Together from 'together-ai';\nconst together = new Together();", send: chat('together') },
  'replicate': { setup: "import Replicate from 'replicate';\nconst replicate = new Replicate();", send: "replicate.run('meta/llama-3', { input: { prompt: @@ } });" },
  'fal': { setup: "import { fal } from '@fal-ai/client';", send: "fal.subscribe('fal-ai/flux/dev', { input: { prompt: @@ } });" },
  'huggingface': { setup: "import { InferenceClient } from '@huggingface/inference';\nconst hf = new InferenceClient('hf_token');", send: "hf.chatCompletion({ model: 'llama', messages: [{ role: 'user', content: @@ }] });" },
  'aws-bedrock': { setup: "import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';\nconst bedrock = new BedrockRuntimeClient({ region: 'us-east-1' });", send: "bedrock.send(new ConverseCommand({ modelId: 'claude', messages: [{ role: 'user', content: [{ text: @@ }] }] }));" },
  'langchain-openai': { setup: "import { ChatOpenAI } from '@langchain/openai';\nconst chatModel = new ChatOpenAI({ model: 'gpt-4o' });", send: 'chatModel.invoke(@@);' },
  'langchain-anthropic': { setup: "import { ChatAnthropic } from '@langchain/anthropic';\nconst claudeChat = new ChatAnthropic({ model: 'claude-3-5-sonnet' });", send: "claudeChat.invoke([['human', @@]]);" },
  'langchain-google': { setup: "import { ChatGoogleGenerativeAI } from '@langchain/google-genai';\nconst geminiChat = new ChatGoogleGenerativeAI({ model: 'gemini-1.5-pro' });", send: 'geminiChat.invoke(@@);' },
  'langchain-mistral': { setup: "import { ChatMistralAI } from '@langchain/mistralai';\nconst mistralChat = new ChatMistralAI({ model: 'mistral-large-latest' });", send: 'mistralChat.invoke(@@);' },
  'langchain': { setup: "import { ChatPromptTemplate } from '@langchain/core/prompts';\ndeclare const llm: any;\nconst chain = ChatPromptTemplate.fromMessages([['human', '{question}']]).pipe(llm);", send: 'chain.invoke({ question: @@ });' },
  'vercel-ai-sdk': { setup: "import { generateText } from 'ai';\ndeclare const model: any;", send: 'generateText({ model, prompt: @@ });' },
  'vercel-ai-sdk-agent': { setup: "import { ToolLoopAgent } from 'ai';\ndeclare const model: any;\nconst agent = new ToolLoopAgent({ model });", send: 'agent.generate({ prompt: @@ });' },
  'llamaindex': { setup: "import { OpenAI } from 'llamaindex';\nconst llamaLlm = new OpenAI({ model: 'gpt-4o' });", send: 'llamaLlm.complete({ prompt: @@ });' },
  // ---- search, workflow ----
  'algolia': { setup: "import { algoliasearch } from 'algoliasearch';\nconst algolia = algoliasearch('app', 'key');", send: "algolia.saveObject({ indexName: 'customers', body: { email: @@ } });" },
  'elastic': { setup: "import { Client } from '@elastic/elasticsearch';\nconst es = new Client({ cloud: { id: 'cloud-id' } });", send: "es.index({ index: 'customers', document: { email: @@ } });" },
  'meilisearch': { setup: "import { MeiliSearch } from 'meilisearch';\nconst meili = new MeiliSearch({ host: 'https://ms-1.meilisearch.io' });", send: "meili.index('customers').addDocuments([{ email: @@ }]);" },
  'pinecone': { setup: "import { Pinecone } from '@pinecone-database/pinecone';\nconst vectors = new Pinecone().index('customers');", send: 'vectors.upsert([{ id: c.id, values: [0.1], metadata: { email: @@ } }]);' },
  'inngest': { setup: "import { Inngest } from 'inngest';\nconst inngest = new Inngest({ id: 'shop' });", send: "inngest.send({ name: 'user/signup', data: { email: @@ } });" },
  'trigger-dev': { setup: "import { tasks } from '@trigger.dev/sdk/v3';", send: "tasks.trigger('send-welcome', { email: @@ });" },
  'upstash-qstash': { setup: "import { Client } from '@upstash/qstash';\nconst qstash = new Client({ token: 'token' });", send: "qstash.publishJSON({ url: 'https://shop.example.jp/api/welcome', body: { email: @@ } });" },
  'hanko-passkeys': { setup: "import { tenant } from '@teamhanko/passkeys-sdk';\nconst hanko = tenant({ apiKey: 'key', tenantId: 'tenant' });", send: 'hanko.registration.initialize({ userId: c.id, username: @@ });' },
  'usesend': { setup: "import { UseSend } from 'usesend-js';\nconst usesend = new UseSend('us_key');", send: "usesend.emails.send({ to: @@, from: 'shop@example.jp', subject: 'Welcome', html: '<p>Hi</p>' });" },
  'sparkpost': { setup: "import SparkPost from 'sparkpost';\nconst sparky = new SparkPost('key');", send: "sparky.transmissions.send({ content: { template_id: 'welcome' }, recipients: [{ address: @@ }] });" },
  'mailerlite': { setup: "import MailerLite from '@mailerlite/mailerlite-nodejs';\nconst mailerlite = new MailerLite({ api_key: 'key' });", send: 'mailerlite.subscribers.createOrUpdate({ email: @@ });' },
  'klaviyo': { setup: "import { ApiKeySession, ProfilesApi } from 'klaviyo-api';\nconst profiles = new ProfilesApi(new ApiKeySession('pk'));", send: "profiles.createProfile({ data: { type: 'profile', attributes: { email: @@ } } });" },
  'messagebird': { setup: "import messagebird from 'messagebird';\nconst bird = messagebird('key');", send: "bird.messages.create({ originator: 'Shop', recipients: [@@], body: 'Your order shipped' });" },
  'plivo': { setup: "import plivo from 'plivo';\nconst plivoClient = new plivo.Client('id', 'token');", send: "plivoClient.messages.create({ src: '+815000000000', dst: @@, text: 'Your order shipped' });" },
  'chargebee': { setup: "import Chargebee from 'chargebee';\nconst chargebee = new Chargebee({ site: 'shop', apiKey: 'key' });", send: 'chargebee.customer.create({ email: @@ });' },
  'axiom': { setup: "import { Axiom } from '@axiomhq/js';\nconst axiom = new Axiom({ token: 'token' });", send: "axiom.ingest('signups', [{ email: @@ }]);" },
  'logtail': { setup: "import { Logtail } from '@logtail/node';\nconst logtail = new Logtail('token');", send: "logtail.info('signup', { email: @@ });" },
  'clerk': { setup: "import { createClerkClient } from '@clerk/backend';\nconst clerk = createClerkClient({ secretKey: 'sk' });", send: 'clerk.users.createUser({ emailAddress: [@@] });' },
  'auth0': { setup: "import { ManagementClient } from 'auth0';\nconst management = new ManagementClient({ domain: 'shop.auth0.com', clientId: 'id', clientSecret: 'secret' });", send: "management.users.create({ connection: 'Username-Password-Authentication', email: @@ });" },
  'workos': { setup: "import { WorkOS } from '@workos-inc/node';\nconst workos = new WorkOS('sk');", send: 'workos.userManagement.createUser({ email: @@ });' },
  'slack-notify': { setup: "import SlackNotify from 'slack-notify';\nconst slack = SlackNotify('https://hooks.slack.com/services/T/B/X');", send: "slack.alert({ text: 'New sign-up', fields: { Email: @@ } });" },
  'retraced': { setup: "import { Client } from '@retracedhq/retraced';\nconst retraced = new Client({ endpoint: 'https://audit.other.example.com', apiKey: 'k', projectId: 'p' });", send: "retraced.reportEvent({ action: 'team.update', crud: 'u', actor: { id: 'u1', name: @@ } });", says: '`audit.other.example.com`' },
  'zapier-webhook': post('https://hooks.zapier.com/hooks/catch/1/abc/'),
  'make-webhook': post('https://hook.eu1.make.com/abc'),
  // ---- chat, realtime, maps, translation, LLM tracing and others ----
  'stream-chat': { setup: "import { StreamChat } from 'stream-chat';\nconst chatServer = StreamChat.getInstance('key', 'secret');", send: 'chatServer.upsertUser({ id: c.id, email: @@ });' },
  'ably': { setup: "import * as Ably from 'ably';\nconst ablyChannel = new Ably.Realtime('key').channels.get('orders');", send: "ablyChannel.publish('placed', { email: @@ });" },
  'courier': { setup: "import { CourierClient } from '@trycourier/courier';\nconst courier = new CourierClient({ authorizationToken: 'token' });", send: "courier.send({ message: { to: { email: @@ }, template: 'welcome' } });" },
  'mailjet': { setup: "import Mailjet from 'node-mailjet';\nconst mailjet = Mailjet.apiConnect('key', 'secret');", send: "mailjet.post('send', { version: 'v3.1' }).request({ Messages: [{ To: [{ Email: @@ }] }] });" },
  'svix': { setup: "import { Svix } from 'svix';\nconst svix = new Svix('token');", send: "svix.message.create('app_1', { eventType: 'user.created', payload: { email: @@ } });" },
  'microsoft-graph': { setup: "import { Client as GraphClient } from '@microsoft/microsoft-graph-client';\nconst graph = GraphClient.init({ authProvider: (done) => done(null, 'token') });", send: "graph.api('/me/sendMail').post({ message: { toRecipients: [{ emailAddress: { address: @@ } }] } });" },
  'google-maps': { setup: "import { Client as MapsClient } from '@googlemaps/google-maps-services-js';\nconst maps = new MapsClient({});", send: "maps.geocode({ params: { address: @@, key: 'key' } });" },
  'mapbox': { setup: "import mbxGeocoding from '@mapbox/mapbox-sdk/services/geocoding';\nconst geocoder = mbxGeocoding({ accessToken: 'token' });", send: 'geocoder.forwardGeocode({ query: @@, limit: 1 });' },
  'deepl': { setup: "import * as deepl from 'deepl-node';\nconst translator = new deepl.Translator('key');", send: "translator.translateText(@@, null, 'en-US');" },
  'google-translate': { setup: "import { v2 } from '@google-cloud/translate';\nconst gtranslate = new v2.Translate();", send: "gtranslate.translate(@@, 'en');" },
  'razorpay': { setup: "import Razorpay from 'razorpay';\nconst razorpay = new Razorpay({ key_id: 'id', key_secret: 'secret' });", send: 'razorpay.customers.create({ email: @@ });' },
  'plaid': { setup: "import { PlaidApi, Configuration } from 'plaid';\nconst plaid = new PlaidApi(new Configuration({}));", send: "plaid.linkTokenCreate({ user: { client_user_id: c.id, email_address: @@ }, client_name: 'Shop' });" },
  'firebase-analytics': { setup: "import { getAnalytics, logEvent } from 'firebase/analytics';\nconst fa = getAnalytics();", send: "logEvent(fa, 'purchase', { email: @@ });" },
  'langfuse': { setup: "import { Langfuse } from 'langfuse';\nconst langfuse = new Langfuse();", send: "langfuse.trace({ name: 'answer', userId: @@ });" },
  'liveblocks': { setup: "import { Liveblocks } from '@liveblocks/node';\nconst liveblocks = new Liveblocks({ secret: 'sk' });", send: 'liveblocks.identifyUser({ userId: c.id, groupIds: [] }, { userInfo: { email: @@ } });' },
  'amazon-cognito': { setup: "import { CognitoIdentityProviderClient, AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';\nconst cognito = new CognitoIdentityProviderClient({ region: 'ap-northeast-1' });", send: "cognito.send(new AdminCreateUserCommand({ UserPoolId: 'pool', Username: c.id, UserAttributes: [{ Name: 'email', Value: @@ }] }));" },
};

const DECLARE = 'declare const c: any; declare function hasConsent(u: unknown): boolean;';

function ruleOf(spec: SinkSpec): string {
  return spec.kind === 'log' ? 'no-personal-data-in-logs' : 'no-unguarded-external-transfer';
}

function lines(setup: string): string[] {
  return setup ? setup.split('\n') : [];
}

/** The e-mail is sent: reported at `c.email`, naming the vendor (or the host). */
function invalidCase(spec: SinkSpec, row: Row): InvalidCase {
  const send = row.send.replace('@@', 'c.email');
  const code = [`// ${spec.id}: reports`, ...lines(row.setup), DECLARE, send].join('\n');
  const says = row.says ?? (spec.vendor ? `${spec.vendor.name} (a third-party service)` : undefined);
  return {
    code,
    errors: [{
      messageId: spec.kind === 'log' ? 'personalDataInLog' : row.unknownDestination ? 'unknownDestination' : 'externalTransfer',
      line: lines(row.setup).length + 3, column: row.send.indexOf('@@') + 1,
      ...(says && spec.kind !== 'log' ? { messageIncludes: says } : {}),
    }],
  };
}

/** Only an id is sent; the e-mail only after a consent check (transfers). */
function validCase(spec: SinkSpec, row: Row): ValidCase {
  const quiet = [row.send.replace('@@', 'c.id')];
  if (spec.kind === 'transfer') quiet.push(`if (hasConsent(c)) { ${row.send.replace('@@', 'c.email')} }`);
  return { code: [`// ${spec.id}: quiet`, ...lines(row.setup), DECLARE, ...quiet].join('\n') };
}

describe('sink catalogue', () => {
  it('has a row for every entry, and no row without an entry', () => {
    // Logs and transfers; the cookie and web-storage entries (`sinks-storage.ts`) have their rule's own table.
    const ids = SINK_CATALOG.filter((s) => s.kind === 'log' || s.kind === 'transfer').map((s) => s.id);
    assert.deepEqual(ids.filter((id) => !CATALOGUE_ROWS[id]), [], 'entries without a test row');
    assert.deepEqual(Object.keys(CATALOGUE_ROWS).filter((id) => !ids.includes(id)), [], 'rows without an entry');
    assert.equal(new Set(ids).size, ids.length, 'entry ids are unique');
  });

  it('has at least 120 entries, each SDK with a vendor, legal name and an upper-case country code', () => {
    assert.ok(SINK_CATALOG.length >= 120, `${SINK_CATALOG.length} entries`);
    for (const spec of SINK_CATALOG) {
      if (spec.kind !== 'transfer' || spec.family === 'http' || spec.id === 'nodemailer' || spec.id === 'nestjs-mailer') continue;
      assert.ok(spec.vendor, `${spec.id} names its vendor`);
      assert.ok(spec.vendor.legalName && /^[A-Z]{2}$/.test(spec.vendor.country), `${spec.id}: legal name and country`);
    }
  });
});

for (const kind of ['log', 'transfer'] as const) {
  for (const family of [...new Set(SINK_CATALOG.filter((s) => s.kind === kind).map((s) => s.family))]) {
    const specs = SINK_CATALOG.filter((s) => s.kind === kind && s.family === family && CATALOGUE_ROWS[s.id]);
    ruleTester(ruleOf(specs[0]), {
      valid: specs.map((s) => validCase(s, CATALOGUE_ROWS[s.id])),
      invalid: specs.map((s) => invalidCase(s, CATALOGUE_ROWS[s.id])),
    }, `catalogue: ${family}`);
  }
}
