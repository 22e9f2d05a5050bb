/**
 * Base URLs of every service the backend talks to. Internal services live under `*.shop.internal`;
 * the others are processors (委託先) or third parties and are listed in privacy-lint.json.
 */

// Our own services
export const CONSENT_SERVICE_URL = 'https://consent.shop.internal/v1';
export const POINTS_SERVICE_URL = 'https://points.shop.internal/v1';
export const INVENTORY_SERVICE_URL = 'https://inventory.shop.internal/v2';
export const KANA_SERVICE_URL = 'https://kana.shop.internal/v1';

// Mailer KK (Tokyo): transactional mail, processor in Japan
export const MAILER_BASE_URL = 'https://mailer.example.jp/api/v3';

// CRM Example Inc. (US): the sales team's CRM, processor abroad
export const CRM_BASE_URL = 'https://api.crm-example.com/v2';

// National Tax Agency e-Tax: statutory withholding records
export const ETAX_BASE_URL = 'https://api.etax.example.go.jp/v1';

export const SENTRY_DSN = 'https://examplePublicKey@o0.ingest.sentry.io/0';
export const SEGMENT_WRITE_KEY = 'example-segment-write-key';
