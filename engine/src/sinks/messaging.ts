/** E-mail, SMS, chat, push and webhooks (§2): recipients and message bodies go to the provider. */
import { sdk, api, vendor, EMAIL_RECIPIENTS, SMS_RECIPIENTS, type SinkSpec } from './types';

const line = vendor('LINE Messaging API', 'LY Corporation', 'JP', ['api.line.me', 'api-data.line.me']);
const aws = (name: string) => vendor(name, 'Amazon Web Services, Inc.', 'US'); // the client's region decides; US when unset
const LINE_METHODS = ['pushMessage', 'replyMessage', 'multicast', 'broadcast', 'narrowcast', 'linkRichMenuToUser'];

export const MESSAGING_SINKS: readonly SinkSpec[] = [
  sdk('sendgrid', 'messaging', vendor('SendGrid', 'Twilio Inc. (SendGrid)', 'US', ['api.sendgrid.com']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['@sendgrid/mail', '@sendgrid/client'], methods: ['send', 'sendMultiple', 'request'],
    factories: ['MailService', 'Client'], instanceMethods: ['send', 'sendMultiple', 'request'] }),
  sdk('mailgun', 'messaging', vendor('Mailgun', 'Mailgun Technologies, Inc.', 'US', ['api.mailgun.net', 'api.eu.mailgun.net']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['mailgun.js', 'mailgun-js'], factories: ['new', '()', 'client', 'messages'],
    instanceMethods: ['messages.create', 'send', 'lists.members.createMember', 'lists.members.updateMember'] }),
  sdk('postmark', 'messaging', vendor('Postmark', 'ActiveCampaign, LLC (Postmark)', 'US', ['api.postmarkapp.com']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['postmark'], factories: ['ServerClient', 'Client'],
    instanceMethods: ['sendEmail', 'sendEmailWithTemplate', 'sendEmailBatch', 'sendEmailBatchWithTemplates'] }),
  sdk('resend', 'messaging', vendor('Resend', 'Resend, Inc.', 'US', ['api.resend.com']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['resend'], factories: ['Resend'],
    instanceMethods: ['emails.send', 'emails.create', 'batch.send', 'contacts.create', 'contacts.update', 'contacts.remove'] }),
  sdk('brevo', 'messaging', vendor('Brevo', 'Sendinblue SAS (Brevo)', 'FR', ['api.brevo.com', 'api.sendinblue.com']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['@getbrevo/brevo', 'sib-api-v3-sdk', 'sib-api-v3-typescript'],
    factories: ['TransactionalEmailsApi', 'ContactsApi', 'TransactionalSMSApi', 'Brevo', 'BrevoClient'],
    instanceMethods: ['sendTransacEmail', 'createContact', 'updateContact', 'sendTransacSms', 'transactionalEmails.sendTransacEmail',
      'contacts.createContact'] }),
  sdk('mailchimp', 'messaging', vendor('Mailchimp', 'The Rocket Science Group LLC (Intuit Mailchimp)', 'US', ['*.api.mailchimp.com']), {
    modules: ['@mailchimp/mailchimp_marketing'],
    methods: ['lists.addListMember', 'lists.setListMember', 'lists.updateListMember', 'lists.batchListMembers', 'lists.createListMemberNote'] }),
  sdk('mandrill', 'messaging', vendor('Mandrill', 'The Rocket Science Group LLC (Intuit Mailchimp)', 'US', ['mandrillapp.com']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['@mailchimp/mailchimp_transactional', 'mandrill-api'], factories: ['()', 'Mandrill'],
    instanceMethods: ['messages.send', 'messages.sendTemplate'] }),
  // AWS SDK v3: `client.send(new SendEmailCommand({ … }))`; v2: `new AWS.SES().sendEmail(params)`.
  sdk('amazon-ses', 'messaging', aws('Amazon SES'), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'], factories: ['SESClient', 'SESv2Client', 'SES', 'SESv2'],
    instanceMethods: ['send', 'sendEmail', 'sendRawEmail', 'sendTemplatedEmail', 'sendBulkEmail'] }),
  sdk('amazon-sns', 'messaging', aws('Amazon SNS'), {
    recipientFields: SMS_RECIPIENTS,
    modules: ['@aws-sdk/client-sns'], factories: ['SNSClient', 'SNS'], instanceMethods: ['send', 'publish', 'publishBatch'] }),
  sdk('aws-sdk-v2', 'messaging', aws('Amazon Web Services'), {
    recipientFields: [...EMAIL_RECIPIENTS, ...SMS_RECIPIENTS],
    label: 'aws-sdk', modules: ['aws-sdk'], factories: ['SES', 'SNS', 'Pinpoint'],
    instanceMethods: ['sendEmail', 'sendRawEmail', 'sendTemplatedEmail', 'publish', 'sendMessages'] }),
  // The SMTP server of the transport decides: an internal relay is internal, a provider's is external.
  { id: 'nodemailer', kind: 'transfer', family: 'messaging', label: 'nodemailer', modules: ['nodemailer'], recipientFields: EMAIL_RECIPIENTS,
    // `Transporter`: the type a class declares the transport it is given with (`constructor(transporter: Transporter)`).
    factories: ['createTransport', 'Transporter'], instanceMethods: ['sendMail'], returnsRecipients: ['sendMail'],
    destination: { kind: 'clientOption', arg: 0, fields: ['host'] } },
  // @nestjs-modules/mailer: nodemailer behind an injected `MailerService`; the transport is set where the module is
  // registered (`MailerModule.forRoot({ transport })`), so the SMTP server is not known at the call.
  { id: 'nestjs-mailer', kind: 'transfer', family: 'messaging', label: 'NestJS MailerService', recipientFields: EMAIL_RECIPIENTS,
    modules: ['@nestjs-modules/mailer#MailerService'], factories: ['new'], instanceMethods: ['sendMail'], returnsRecipients: ['sendMail'] },
  sdk('twilio', 'messaging', vendor('Twilio', 'Twilio Inc.', 'US', ['api.twilio.com']), {
    recipientFields: SMS_RECIPIENTS,
    modules: ['twilio'], factories: ['()', 'new', 'Twilio'],
    instanceMethods: ['messages.create', 'calls.create', 'conversations.v1.conversations.create', 'notify.v1.services.notifications.create'] }),
  // SignalWire's Twilio-compatible REST client (`RestClient(project, token, { signalwireSpaceUrl })`).
  sdk('signalwire', 'messaging', vendor('SignalWire', 'SignalWire Inc.', 'US', ['*.signalwire.com']), {
    recipientFields: SMS_RECIPIENTS,
    modules: ['@signalwire/compatibility-api'], factories: ['RestClient', '()', 'new'],
    instanceMethods: ['messages.create', 'calls.create'] }),
  sdk('vonage', 'messaging', vendor('Vonage', 'Vonage Holdings Corp.', 'US', ['rest.nexmo.com', 'api.nexmo.com']), {
    recipientFields: SMS_RECIPIENTS,
    modules: ['@vonage/server-sdk', '@vonage/sms', '@vonage/messages', 'nexmo'], factories: ['Vonage', 'new', 'SMS', 'Messages'],
    instanceMethods: ['sms.send', 'messages.send', 'verify.start', 'verify2.newRequest', 'message.sendSms', 'send'] }),
  sdk('line-messaging-api', 'messaging', line, {
    modules: ['@line/bot-sdk', '@line/bot-sdk#messagingApi'], factories: ['Client', 'MessagingApiClient'], instanceMethods: LINE_METHODS }),
  api('line-notify', 'messaging', vendor('LINE Notify', 'LY Corporation', 'JP', ['notify-api.line.me'])),
  sdk('slack-webhook', 'messaging', vendor('Slack', 'Slack Technologies, LLC', 'US', ['hooks.slack.com']), {
    label: 'Slack webhook', modules: ['@slack/webhook#IncomingWebhook'], factories: ['new'], instanceMethods: ['send'],
    destination: { kind: 'instance' } }),
  sdk('slack-web-api', 'messaging', vendor('Slack', 'Slack Technologies, LLC', 'US', ['slack.com']), {
    modules: ['@slack/web-api#WebClient', '@slack/bolt#App'], factories: ['new'],
    instanceMethods: ['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'chat.scheduleMessage', 'files.upload', 'files.uploadV2',
      'client.chat.postMessage'] }),
  // slack-notify: the default export called with an incoming-webhook URL gives a sender whose methods post to Slack.
  sdk('slack-notify', 'messaging', vendor('Slack', 'Slack Technologies, LLC', 'US', ['hooks.slack.com']), {
    label: 'slack-notify', modules: ['slack-notify'], factories: ['()'], instanceMethods: ['send', 'alert', 'success', 'bug', 'note'] }),
  sdk('discord-webhook', 'messaging', vendor('Discord', 'Discord Inc.', 'US', ['discord.com', 'discordapp.com']), {
    label: 'Discord webhook', modules: ['discord.js#WebhookClient'], factories: ['new'], instanceMethods: ['send', 'editMessage'] }),
  api('teams-webhook', 'messaging', vendor('Microsoft Teams webhook', 'Microsoft Corporation', 'US', ['*.webhook.office.com', 'outlook.office.com',
    '*.logic.azure.com'])),
  api('chatwork', 'messaging', vendor('Chatwork', 'kubell Co., Ltd.', 'JP', ['api.chatwork.com'])),
  sdk('telegram', 'messaging', vendor('Telegram', 'Telegram Messenger Inc.', 'AE', ['api.telegram.org']), {
    modules: ['node-telegram-bot-api', 'telegraf#Telegraf', 'grammy#Bot'], factories: ['new'],
    instanceMethods: ['sendMessage', 'telegram.sendMessage', 'api.sendMessage'] }),
  sdk('loops', 'messaging', vendor('Loops', 'Loops.so, Inc.', 'US', ['app.loops.so']), {
    modules: ['loops'], factories: ['LoopsClient'],
    instanceMethods: ['createContact', 'updateContact', 'deleteContact', 'findContact', 'sendEvent', 'sendTransactionalEmail'] }),
  sdk('customerio', 'messaging', vendor('Customer.io', 'Peaberry Software Inc. (Customer.io)', 'US', ['track.customer.io', 'api.customer.io']), {
    modules: ['customerio-node', '@customerio/cdp-analytics-node', '@customerio/cdp-analytics-browser'],
    factories: ['TrackClient', 'APIClient', 'SendEmailRequest', 'Analytics', 'AnalyticsBrowser'],
    instanceMethods: ['identify', 'track', 'trackAnonymous', 'sendEmail', 'sendPush', 'page', 'alias'] }),
  // Dittofeed is open source and self-hostable (the client's `host` option decides); its cloud is run in the US
  // (unsure of the contracting entity). A Segment-like API on a static client: `DittofeedSdk.identify({ traits })`.
  sdk('dittofeed', 'messaging', vendor('Dittofeed', 'Dittofeed, Inc.', 'US', ['app.dittofeed.com']), {
    modules: ['@dittofeed/sdk-node#DittofeedSdk', '@dittofeed/sdk-web#DittofeedSdk', '@dittofeed/sdk-react-native#DittofeedSdk'],
    methods: ['identify', 'track', 'page', 'screen', 'group', 'alias'] }),
  sdk('knock', 'messaging', vendor('Knock', 'Knock Labs, Inc.', 'US', ['api.knock.app']), {
    modules: ['@knocklabs/node'], factories: ['Knock'],
    instanceMethods: ['workflows.trigger', 'users.identify', 'users.update', 'notify', 'objects.set'] }),
  // Novu Ltd. is registered in Israel and runs Novu Cloud in the US by default (unsure of the contracting entity).
  sdk('novu', 'messaging', vendor('Novu', 'Novu Ltd.', 'US', ['api.novu.co']), {
    modules: ['@novu/node', '@novu/api'], factories: ['Novu'],
    instanceMethods: ['trigger', 'subscribers.identify', 'subscribers.create', 'subscribers.update', 'triggerBulk'] }),
  sdk('onesignal', 'messaging', vendor('OneSignal', 'OneSignal, Inc.', 'US', ['api.onesignal.com', 'onesignal.com']), {
    modules: ['@onesignal/node-onesignal', 'onesignal-node', 'react-onesignal', 'react-native-onesignal'],
    methods: ['login', 'User.addEmail', 'User.addSms', 'User.addTag', 'User.addTags', 'User.addAlias'],
    factories: ['DefaultApi', 'Client'], instanceMethods: ['createNotification', 'createUser', 'updateUser'] }),
  sdk('firebase-cloud-messaging', 'messaging', vendor('Firebase Cloud Messaging', 'Google LLC', 'US', ['fcm.googleapis.com']), {
    modules: ['firebase-admin', 'firebase-admin/messaging'], factories: ['messaging', 'getMessaging'],
    instanceMethods: ['send', 'sendEach', 'sendEachForMulticast', 'sendMulticast', 'sendToDevice', 'sendToTopic', 'sendAll'] }),
  sdk('expo-push', 'messaging', vendor('Expo push service', '650 Industries, Inc. (Expo)', 'US', ['exp.host']), {
    modules: ['expo-server-sdk'], factories: ['Expo', 'new'], instanceMethods: ['sendPushNotificationsAsync'] }),
  sdk('pusher', 'messaging', vendor('Pusher', 'Pusher Ltd', 'GB', ['*.pusher.com']), {
    modules: ['pusher'], factories: ['new', 'Pusher'], instanceMethods: ['trigger', 'triggerBatch', 'sendToUser'] }),
  // useSend (formerly Unsend): an open-source e-mail platform that sends through Amazon SES. Its hosted service's
  // operating entity and region are not verified here: a team that uses it records its contract in `transfers.processors`.
  sdk('usesend', 'messaging', vendor('useSend', 'useSend (operator not verified)', 'US', ['app.usesend.com', 'app.unsend.dev']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['usesend-js', 'unsend'], factories: ['UseSend', 'Unsend'],
    instanceMethods: ['emails.send', 'emails.create', 'emails.batch', 'contacts.create', 'contacts.update', 'contacts.upsert'] }),
  sdk('sparkpost', 'messaging', vendor('SparkPost', 'Message Systems, Inc. (SparkPost, a Bird company)', 'US', ['api.sparkpost.com', 'api.eu.sparkpost.com']), {
    recipientFields: [...EMAIL_RECIPIENTS, 'address'],
    modules: ['sparkpost'], factories: ['new', 'SparkPost'],
    instanceMethods: ['transmissions.send', 'recipientLists.create', 'recipientLists.update'] }),
  sdk('mailerlite', 'messaging', vendor('MailerLite', 'MailerLite Limited', 'IE', ['connect.mailerlite.com', 'api.mailerlite.com']), {
    modules: ['@mailerlite/mailerlite-nodejs'], factories: ['new', 'MailerLite'],
    instanceMethods: ['subscribers.createOrUpdate', 'subscribers.update', 'groups.assignSubscriber'] }),
  sdk('klaviyo', 'messaging', vendor('Klaviyo', 'Klaviyo, Inc.', 'US', ['a.klaviyo.com']), {
    modules: ['klaviyo-api'], factories: ['ProfilesApi', 'EventsApi', 'ListsApi'],
    instanceMethods: ['createProfile', 'createOrUpdateProfile', 'updateProfile', 'createEvent', 'bulkSubscribeProfiles',
      'subscribeProfiles', 'createListRelationships'] }),
  sdk('messagebird', 'messaging', vendor('MessageBird (Bird)', 'MessageBird B.V.', 'NL', ['rest.messagebird.com']), {
    recipientFields: SMS_RECIPIENTS,
    modules: ['messagebird'], factories: ['()', 'initClient'],
    instanceMethods: ['messages.create', 'voice_messages.create', 'conversations.send', 'conversations.start', 'verify.create'] }),
  sdk('plivo', 'messaging', vendor('Plivo', 'Plivo Inc.', 'US', ['api.plivo.com']), {
    recipientFields: [...SMS_RECIPIENTS, 'dst'],
    modules: ['plivo'], factories: ['Client', 'RestClient'], instanceMethods: ['messages.create', 'calls.create'] }),
  // Chat and realtime backends: a user record upserted to a hosted chat, an event published on a hosted channel.
  sdk('stream-chat', 'messaging', vendor('Stream Chat', 'Stream.io, Inc.', 'US', ['chat.stream-io-api.com']), {
    modules: ['stream-chat'], factories: ['new', 'StreamChat', 'getInstance'],
    instanceMethods: ['upsertUser', 'upsertUsers', 'partialUpdateUser', 'partialUpdateUsers', 'connectUser'] }),
  sdk('ably', 'messaging', vendor('Ably', 'Ably Realtime Ltd', 'GB', ['rest.ably.io', 'realtime.ably.io', '*.ably.io', '*.ably.net']), {
    modules: ['ably'], factories: ['new', 'Realtime', 'Rest', 'channels.get'], instanceMethods: ['publish'] }),
  // Courier routes one message to e-mail, SMS and push providers: the recipient's profile goes to Courier first.
  sdk('courier', 'messaging', vendor('Courier', 'Trycourier Inc.', 'US', ['api.courier.com']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['@trycourier/courier'], factories: ['new', 'CourierClient', 'Courier'],
    instanceMethods: ['send', 'profiles.create', 'profiles.replace', 'profiles.mergeProfile'] }),
  // node-mailjet: `mailjet.post('send', { version: 'v3.1' }).request({ Messages: [...] })`.
  sdk('mailjet', 'messaging', vendor('Mailjet', 'Mailjet SAS', 'FR', ['api.mailjet.com']), {
    recipientFields: EMAIL_RECIPIENTS,
    modules: ['node-mailjet'], factories: ['new', 'Client', 'apiConnect', 'connect'],
    instanceMethods: ['post', 'put'], chainMethods: ['request'] }),
  // Svix delivers webhooks for the app: the payload goes to Svix, then to each customer's endpoint.
  sdk('svix', 'workflow', vendor('Svix', 'Svix, Inc.', 'US', ['api.svix.com', 'api.us.svix.com', 'api.eu.svix.com']), {
    modules: ['svix'], factories: ['new', 'Svix'], instanceMethods: ['message.create'] }),
];
