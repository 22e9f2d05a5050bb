/** Hosted search, vector databases and background-job services (§2): documents and event payloads go to the vendor. */
import { sdk, api, vendor, type SinkSpec } from './types';

export const SEARCH_WORKFLOW_SINKS: readonly SinkSpec[] = [
  sdk('algolia', 'search', vendor('Algolia', 'Algolia, Inc.', 'US', ['*.algolia.net', '*.algolianet.com']), {
    modules: ['algoliasearch', 'algoliasearch/lite'], factories: ['()', 'algoliasearch', 'liteClient', 'initIndex', 'searchClient'],
    instanceMethods: ['saveObject', 'saveObjects', 'partialUpdateObject', 'partialUpdateObjects', 'replaceAllObjects', 'addOrUpdateObject'] }),
  // `node` names the cluster: an internal one is internal; `cloud: { id }` is Elastic Cloud.
  sdk('elastic', 'search', vendor('Elastic Cloud', 'Elasticsearch B.V.', 'US', ['*.elastic-cloud.com', '*.cloud.es.io']), {
    label: 'Elasticsearch', modules: ['@elastic/elasticsearch'], factories: ['Client'],
    instanceMethods: ['index', 'create', 'update', 'bulk', 'helpers.bulk'], destination: { kind: 'clientOption', arg: 0, fields: ['node', 'nodes'] } }),
  sdk('meilisearch', 'search', vendor('Meilisearch Cloud', 'Meili SAS', 'FR', ['*.meilisearch.io']), {
    modules: ['meilisearch'], factories: ['MeiliSearch', 'Meilisearch', 'index'],
    instanceMethods: ['addDocuments', 'updateDocuments', 'addDocumentsInBatches'], destination: { kind: 'clientOption', arg: 0, fields: ['host'] } }),
  sdk('pinecone', 'search', vendor('Pinecone', 'Pinecone Systems, Inc.', 'US', ['*.pinecone.io']), {
    modules: ['@pinecone-database/pinecone'], factories: ['Pinecone', 'index', 'Index', 'namespace'],
    instanceMethods: ['upsert', 'update', 'upsertRecords'] }),
  sdk('inngest', 'workflow', vendor('Inngest', 'Inngest, Inc.', 'US', ['inn.gs', 'api.inngest.com']), {
    modules: ['inngest'], factories: ['Inngest'], instanceMethods: ['send'] }),
  // Trigger.dev Cloud is run by a UK company (unsure of the entity's name).
  sdk('trigger-dev', 'workflow', vendor('Trigger.dev', 'API Hero Ltd (Trigger.dev)', 'GB', ['api.trigger.dev']), {
    modules: ['@trigger.dev/sdk', '@trigger.dev/sdk/v3', '@trigger.dev/sdk#tasks', '@trigger.dev/sdk/v3#tasks'],
    methods: ['trigger', 'batchTrigger', 'triggerAndWait'], factories: ['task', 'schemaTask'],
    instanceMethods: ['trigger', 'batchTrigger', 'triggerAndWait', 'batchTriggerAndWait'] }),
  sdk('upstash-qstash', 'workflow', vendor('Upstash QStash', 'Upstash, Inc.', 'US', ['qstash.upstash.io']), {
    modules: ['@upstash/qstash', '@upstash/workflow'], factories: ['Client', 'queue'],
    instanceMethods: ['publishJSON', 'publish', 'enqueueJSON', 'enqueue', 'batchJSON', 'batch', 'trigger'] }),
  api('zapier-webhook', 'workflow', vendor('Zapier', 'Zapier, Inc.', 'US', ['hooks.zapier.com'])),
  // Make (formerly Integromat) is Celonis' Czech company; its EU and US zones are hook.eu1/us1.make.com.
  api('make-webhook', 'workflow', vendor('Make', 'Make Technologies s.r.o. (Celonis)', 'CZ', ['hook.*.make.com', 'hook.integromat.com'])),
];
