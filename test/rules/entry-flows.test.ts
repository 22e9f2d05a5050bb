/**
 * Where personal data enters a chain of helpers, as three freshly labelled applications showed it (a NestJS GraphQL
 * server, a NestJS API with a mail service, a telemetry package):
 * - a resolver's argument (`@Args('email') email`) or a controller's path parameter is the customer's input: the
 *   call that hands it to a mailing helper is where it enters, and is reported, though the helper reports the
 *   parameter by its name too;
 * - a helper that falls back to the signed-in user's address (`let receiver = to; if (!receiver) receiver =
 *   user.email`) still sends what each caller gives as `to`: the callers that give one are reported;
 * - `this.cfg.apiOrigin` in `class KwsClient` is the outside service's API, not the app's own (`ApiClient`'s is);
 * - Statsig's server core (`new Statsig(key)`, `statsig.logEvent(new StatsigUser({ email }))`) is an analytics SDK.
 */
import { ruleTester } from '../helpers/rule-tester';

const mailer = `import nodemailer from 'nodemailer';
const transport = nodemailer.createTransport({});
export class AuthService {
  async sendNotificationChangeEmail(email: string) {
    return transport.sendMail({ to: email, subject: 'changed' });
  }
}
`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// a resolver's argument that is not personal (a token), handed to a helper that sends it nowhere personal
import { Args, Mutation, Resolver } from '@nestjs/graphql';
declare const auth: { verify(token: string): Promise<boolean> };
@Resolver()
export class AuthResolver {
  @Mutation(() => Boolean)
  async check(@Args('token') token: string) {
    return auth.verify(token);
  }
}`,
    },
    {
      code: `// the helper falls back to the user's address; this caller gives no recipient of its own
import { NotificationService } from './notification';
export class Listener {
  constructor(private readonly notificationService: NotificationService) {}
  async done(id: string) {
    await this.notificationService.sendEmail({ subject: 'done', html: id });
  }
}`,
      files: {
        'src/notification.ts': `import { Resend } from 'resend';
const resend = new Resend('key');
export class NotificationService {
  async sendEmail(param: { to?: string; subject: string; html: string }, user?: { email?: string }) {
    const { to, subject, html } = param;
    let receiver = to;
    if (!receiver && user?.email) receiver = user.email;
    return resend.emails.send({ from: 'noreply@example.com', to: receiver!, subject, html });
  }
}`,
      },
    },
    {
      code: `// a client class named for no outside service: its configured API is the app's own
export class ApiClient {
  constructor(private cfg: { apiOrigin: string }) {}
  async invite(email: string) {
    return fetch(\`\${this.cfg.apiOrigin}/v1/invites\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
}`,
    },
  ],
  invalid: [
    {
      code: `// the client of an outside service (KWS): its configured API origin is that service's, not the app's
export class KwsClient {
  constructor(private cfg: { apiOrigin: string }) {}
  private async fetchWithAuth(url: string, init: RequestInit): Promise<Response> {
    return fetch(url, { ...init, headers: { ...(init.headers ?? {}), Authorization: 'Bearer token' } });
  }
  async sendEmail({ countryCode, email }: { countryCode: string; email: string }) {
    const res = await this.fetchWithAuth(\`\${this.cfg.apiOrigin}/v1/verifications/send-email\`, {
      method: 'POST',
      body: JSON.stringify({ email, location: countryCode }),
    });
    return res.json();
  }
}`,
      errors: [{ messageId: 'unknownNamedDestination', line: 10, column: 30 }],
    },
    {
      code: `// a GraphQL resolver's e-mail argument, handed to the mailing helper
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth';
@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}
  @Mutation(() => Boolean)
  async changeEmail(@Args('token') token: string, @Args('email') email: string) {
    email = decodeURIComponent(email);
    await this.auth.sendNotificationChangeEmail(email);
    return true;
  }
}`,
      files: { 'src/auth.ts': mailer },
      errors: [{ messageId: 'unknownDestination', line: 10, column: 49 }],
    },
    {
      code: `// a controller's path parameter named for the address, handed to the same helper
import { Controller, Param, Post } from '@nestjs/common';
import { AuthService } from './auth';
@Controller('users')
export class UsersController {
  constructor(private readonly auth: AuthService) {}
  @Post(':email/notify')
  async notify(@Param('email') email: string) {
    await this.auth.sendNotificationChangeEmail(email);
  }
}`,
      files: { 'src/auth.ts': mailer },
      errors: [{ messageId: 'unknownDestination', line: 9, column: 49 }],
    },
    {
      code: `// the caller gives its user's address as the recipient; the helper would fall back to another
import { NotificationService } from './notification';
export class Listener {
  constructor(private readonly notificationService: NotificationService) {}
  async done(fullUser: { uid: string; email: string }, id: string) {
    await this.notificationService.sendEmail({ to: fullUser.email, subject: 'done', html: id }, fullUser);
  }
}`,
      files: {
        'src/notification.ts': `import { Resend } from 'resend';
const resend = new Resend('key');
export class NotificationService {
  private send(data: { from: string; to: string; subject: string; html: string }) {
    return resend.emails.send(data);
  }
  async sendEmail(param: { to?: string; subject: string; html: string }, user?: { email?: string }) {
    const { to, subject, html } = param;
    let receiver = to;
    if (!receiver && user?.email) receiver = user.email;
    if (!receiver) throw new Error('no receiver');
    await this.send({ from: 'noreply@example.com', to: receiver, subject, html });
  }
}`,
      },
      errors: [{ messageId: 'externalTransfer', line: 6, column: 52 }],
    },
    {
      code: `// the app's own mixpanel wrapper, whose people getter hands out the SDK's people API
import { mixpanel } from './track';
export function identify(account: { id: string; email: string; label: string }) {
  mixpanel.identify(account.id);
  mixpanel.people.set({ $email: account.email, $name: account.label });
}`,
      files: {
        'src/track.ts': `import mixpanelBrowser from 'mixpanel-browser';
function createMixpanel() {
  const mixpanel = mixpanelBrowser;
  return {
    identify(id: string) { mixpanel.identify(id); },
    get people() { return mixpanel.people; },
  };
}
export const mixpanel = createMixpanel();`,
      },
      errors: [{ messageId: 'externalTransfer', line: 5, column: 33 }],
    },
    {
      code: `// Statsig's server core: the user object of each event carries the e-mail
import { Statsig, StatsigUser } from '@statsig/statsig-node-core';
let statsig: Statsig | null = null;
export const setup = async () => { statsig = new Statsig(process.env.STATSIG_KEY!, {}); };
export const logEvent = (user: { uid: string; email?: string }, eventName: string) => {
  if (!statsig) return;
  statsig.logEvent(new StatsigUser({ userID: user.uid, email: user.email }), eventName);
  statsig.identify(new StatsigUser({ userID: user.uid, email: user.email }));
};`,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 63 }, { messageId: 'externalTransfer', line: 8, column: 63 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a path parameter named only 'name' (a blob's): a thing's name as often as a person's
import { Controller, Get, Logger, Param } from '@nestjs/common';
@Controller('workspaces')
export class WorkspacesController {
  private readonly logger = new Logger('Workspaces');
  @Get(':id/blobs/:name')
  async blob(@Param('id') workspaceId: string, @Param('name') name: string) {
    this.logger.warn(\`Blob \${workspaceId}/\${name} has no metadata\`);
  }
}`,
  ],
  invalid: [
    {
      code: `// a path parameter that is an e-mail address, logged
import { Controller, Get, Logger, Param } from '@nestjs/common';
@Controller('users')
export class UsersController {
  private readonly logger = new Logger('Users');
  @Get(':email')
  async find(@Param('email') value: string) {
    this.logger.log(\`looking up \${value}\`);
  }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 35 }],
    },
  ],
});
