/** Sign-in and passkey services (§2): the user's name and e-mail go to the provider that holds their credentials. */
import { sdk, vendor, type SinkSpec } from './types';

export const IDENTITY_SINKS: readonly SinkSpec[] = [
  // Hanko's Passkey API: a registration names the user (`username`, shown by the authenticator) to the tenant.
  sdk('hanko-passkeys', 'identity', vendor('Hanko', 'Hanko GmbH', 'DE', ['passkeys.hanko.io']), {
    modules: ['@teamhanko/passkeys-sdk', '@teamhanko/passkeys-next-auth-provider'], factories: ['tenant'],
    instanceMethods: ['registration.initialize', 'login.initialize'] }),
];
