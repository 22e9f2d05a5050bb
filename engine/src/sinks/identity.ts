/** Sign-in and passkey services (§2): the user's name and e-mail go to the provider that holds their credentials. */
import { sdk, vendor, type SinkSpec } from './types';

export const IDENTITY_SINKS: readonly SinkSpec[] = [
  // Hanko's Passkey API: a registration names the user (`username`, shown by the authenticator) to the tenant.
  sdk('hanko-passkeys', 'identity', vendor('Hanko', 'Hanko GmbH', 'DE', ['passkeys.hanko.io']), {
    modules: ['@teamhanko/passkeys-sdk', '@teamhanko/passkeys-next-auth-provider'], factories: ['tenant'],
    instanceMethods: ['registration.initialize', 'login.initialize'] }),
  // Hosted sign-in: creating or inviting a user hands the person's e-mail and name to the provider.
  sdk('clerk', 'identity', vendor('Clerk', 'Clerk, Inc.', 'US', ['api.clerk.com']), {
    modules: ['@clerk/backend', '@clerk/nextjs/server', '@clerk/express', '@clerk/fastify', '@clerk/clerk-sdk-node'],
    methods: ['users.createUser', 'users.updateUser', 'invitations.createInvitation'],
    factories: ['clerkClient', 'createClerkClient'],
    instanceMethods: ['users.createUser', 'users.updateUser', 'invitations.createInvitation', 'users.updateUserMetadata'] }),
  sdk('auth0', 'identity', vendor('Auth0', 'Okta, Inc. (Auth0)', 'US', ['*.auth0.com']), {
    modules: ['auth0'], factories: ['ManagementClient', 'AuthenticationClient'],
    instanceMethods: ['users.create', 'users.update', 'createUser', 'updateUser', 'database.signUp', 'tickets.changePassword',
      'tickets.verifyEmail'] }),
  sdk('workos', 'identity', vendor('WorkOS', 'WorkOS, Inc.', 'US', ['api.workos.com']), {
    modules: ['@workos-inc/node'], factories: ['new', 'WorkOS'],
    instanceMethods: ['userManagement.createUser', 'userManagement.updateUser', 'userManagement.sendInvitation',
      'userManagement.sendMagicAuthCode', 'userManagement.createMagicAuth'] }),
  // Collaboration: the user's id and `userInfo` (name, avatar) go to Liveblocks and are shown to others in the room.
  sdk('liveblocks', 'identity', vendor('Liveblocks', 'Liveblocks, Inc.', 'US', ['api.liveblocks.io']), {
    modules: ['@liveblocks/node'], factories: ['new', 'Liveblocks'], instanceMethods: ['identifyUser', 'prepareSession'] }),
  sdk('amazon-cognito', 'identity', vendor('Amazon Cognito', 'Amazon Web Services, Inc.', 'US'), {
    modules: ['@aws-sdk/client-cognito-identity-provider'], factories: ['CognitoIdentityProviderClient', 'CognitoIdentityProvider'],
    instanceMethods: ['send', 'adminCreateUser', 'signUp', 'adminUpdateUserAttributes', 'updateUserAttributes'] }),
];
