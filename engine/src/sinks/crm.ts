/** CRM, support desks and workspaces (§2): contacts, tickets and conversations go to the vendor. */
import { sdk, api, vendor, type SinkSpec } from './types';

export const CRM_SINKS: readonly SinkSpec[] = [
  sdk('hubspot', 'crm', vendor('HubSpot', 'HubSpot, Inc.', 'US', ['api.hubapi.com']), {
    modules: ['@hubspot/api-client'], factories: ['Client'],
    instanceMethods: ['crm.contacts.basicApi.create', 'crm.contacts.basicApi.update', 'crm.contacts.batchApi.create',
      'crm.companies.basicApi.create', 'crm.deals.basicApi.create', 'crm.objects.basicApi.create', 'apiRequest'],
    returnsRecord: ['crm.contacts.basicApi.create', 'crm.contacts.basicApi.update'] }),
  sdk('salesforce', 'crm', vendor('Salesforce', 'Salesforce, Inc.', 'US', ['*.salesforce.com', '*.force.com']), {
    label: 'jsforce', modules: ['jsforce'], factories: ['Connection', 'sobject'], instanceMethods: ['create', 'update', 'upsert', 'insert'] }),
  sdk('intercom', 'crm', vendor('Intercom', 'Intercom, Inc.', 'US', ['api.intercom.io', 'api-iam.intercom.io']), {
    globals: ['Intercom'], modules: ['@intercom/messenger-js-sdk', 'intercom-client', 'react-use-intercom'], callable: true,
    methods: ['boot', 'update', 'trackEvent'], factories: ['IntercomClient', 'Client', 'useIntercom'],
    instanceMethods: ['contacts.create', 'contacts.update', 'events.create', 'users.create', 'boot', 'update', 'trackEvent'],
    returnsRecord: ['contacts.create', 'contacts.update', 'users.create'] }),
  sdk('zendesk', 'crm', vendor('Zendesk', 'Zendesk, Inc.', 'US', ['*.zendesk.com']), {
    modules: ['node-zendesk'], globals: ['zE'], callable: true, factories: ['createClient'],
    instanceMethods: ['users.create', 'users.update', 'tickets.create', 'tickets.update', 'users.createOrUpdate'],
    returnsRecord: ['users.create', 'users.update', 'users.createOrUpdate'] }),
  sdk('freshdesk', 'crm', vendor('Freshdesk', 'Freshworks Inc.', 'US', ['*.freshdesk.com', '*.freshworks.com']), {
    modules: ['freshdesk-api'], factories: ['new', 'Freshdesk'], instanceMethods: ['createTicket', 'createContact', 'updateContact'] }),
  // Plain is run from London (Not Just Support Ltd; unsure of the contracting entity).
  sdk('plain', 'crm', vendor('Plain', 'Not Just Support Ltd (Plain)', 'GB', ['core-api.uk.plain.com']), {
    modules: ['@team-plain/typescript-sdk'], factories: ['PlainClient'],
    instanceMethods: ['upsertCustomer', 'createThread', 'upsertCustomTimelineEntry', 'replyToThread', 'getCustomerByEmail'],
    returnsRecord: ['upsertCustomer', 'getCustomerByEmail'] }),
  sdk('crisp', 'crm', vendor('Crisp', 'Crisp IM SAS', 'FR', ['api.crisp.chat']), {
    modules: ['crisp-sdk-web#Crisp', 'crisp-api'], globals: ['$crisp'],
    methods: ['user.setEmail', 'user.setNickname', 'user.setPhone', 'session.setData', 'session.pushEvent', 'push'],
    factories: ['new', 'Crisp'], instanceMethods: ['website.addNewPeopleProfile', 'website.updatePeopleProfile', 'website.sendMessageInConversation'] }),
  // Zoho's US data centre by default; accounts on zoho.jp are served from Japan.
  api('zoho', 'crm', vendor('Zoho CRM', 'Zoho Corporation', 'US', ['www.zohoapis.com', '*.zohoapis.com', '*.zoho.com'])),
  api('zoho-jp', 'crm', vendor('Zoho CRM (Japan data centre)', 'ゾーホージャパン株式会社 (Zoho Japan)', 'JP', ['www.zohoapis.jp', '*.zohoapis.jp'])),
  sdk('kintone', 'crm', vendor('kintone', 'サイボウズ株式会社 (Cybozu, Inc.)', 'JP', ['*.cybozu.com', '*.kintone.com']), {
    modules: ['@kintone/rest-api-client'], factories: ['KintoneRestAPIClient'],
    instanceMethods: ['record.addRecord', 'record.addRecords', 'record.updateRecord', 'record.updateRecords', 'record.upsertRecord'] }),
  sdk('notion', 'crm', vendor('Notion', 'Notion Labs, Inc.', 'US', ['api.notion.com']), {
    modules: ['@notionhq/client'], factories: ['Client'], instanceMethods: ['pages.create', 'pages.update', 'blocks.children.append'] }),
  sdk('airtable', 'crm', vendor('Airtable', 'Formagrid Inc. (Airtable)', 'US', ['api.airtable.com']), {
    modules: ['airtable'], factories: ['new', 'base', 'table'], instanceMethods: ['create', 'update', 'replace'] }),
  sdk('google-workspace', 'crm', vendor('Google Workspace APIs', 'Google LLC', 'US', ['sheets.googleapis.com', 'gmail.googleapis.com']), {
    // `google.gmail({ version: 'v1' })`, `new gmail_v1.Gmail({ auth })`, and the per-API packages (`@googleapis/gmail`).
    label: 'googleapis', modules: ['googleapis#google', 'googleapis#gmail_v1', 'googleapis#sheets_v4', 'googleapis#drive_v3',
      'googleapis#calendar_v3', '@googleapis/gmail', '@googleapis/sheets', '@googleapis/drive', '@googleapis/calendar'],
    factories: ['sheets', 'gmail', 'drive', 'calendar', 'Gmail', 'Sheets', 'Drive', 'Calendar'],
    instanceMethods: ['spreadsheets.values.append', 'spreadsheets.values.update', 'spreadsheets.values.batchUpdate',
      'users.messages.send', 'users.drafts.create', 'files.create', 'events.insert'] }),
  // Microsoft Graph: `client.api('/users/{id}/sendMail').post({ message })`, `client.api('/users').post(user)`.
  sdk('microsoft-graph', 'crm', vendor('Microsoft Graph', 'Microsoft Corporation', 'US', ['graph.microsoft.com']), {
    modules: ['@microsoft/microsoft-graph-client'], factories: ['Client', 'init', 'initWithMiddleware'],
    instanceMethods: ['api'], chainMethods: ['post', 'put', 'patch'] }),
  // Addresses geocoded and places searched with a customer's text: the address goes to the map provider.
  sdk('google-maps', 'maps', vendor('Google Maps Platform', 'Google LLC', 'US', ['maps.googleapis.com']), {
    modules: ['@googlemaps/google-maps-services-js'], factories: ['new', 'Client'],
    instanceMethods: ['geocode', 'reverseGeocode', 'placeAutocomplete', 'findPlaceFromText', 'textSearch', 'directions',
      'distancematrix'] }),
  sdk('mapbox', 'maps', vendor('Mapbox', 'Mapbox, Inc.', 'US', ['api.mapbox.com']), {
    modules: ['@mapbox/mapbox-sdk/services/geocoding', '@mapbox/mapbox-sdk/services/geocoding-v6', '@mapbox/search-js-core'],
    factories: ['()', 'new', 'SearchBoxCore', 'GeocodingCore'],
    instanceMethods: ['forwardGeocode', 'reverseGeocode', 'suggest'] }),
  // Machine translation of what people wrote (support tickets, messages, reviews): the text goes to the provider.
  sdk('deepl', 'translation', vendor('DeepL', 'DeepL SE', 'DE', ['api.deepl.com', 'api-free.deepl.com']), {
    modules: ['deepl-node'], factories: ['new', 'Translator', 'DeepLClient'],
    instanceMethods: ['translateText', 'translateDocument', 'rephraseText'] }),
  sdk('google-translate', 'translation', vendor('Google Cloud Translation', 'Google LLC', 'US', ['translation.googleapis.com']), {
    modules: ['@google-cloud/translate'], factories: ['new', 'Translate', 'TranslationServiceClient', 'v2', 'v3'],
    instanceMethods: ['translate', 'translateText', 'detect', 'detectLanguage'] }),
];
