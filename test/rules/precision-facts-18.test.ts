/**
 * Audit 28's false positives, fixed by mechanism: a credential handed to a library call in an options object
 * authenticates the call, and the call's answer does not hold it; what a customer sends to a route whose path names
 * a thing (`/teams/add`) describes that thing, so its bare `name` is the thing's. A credential handed as the value
 * itself, the answer of a call that does not take it as an option, and a `name` sent to a route of persons stay
 * reported. A literal held by a variable named for a thing (`const organization = { geoLocation }`) is judged by its
 * values, not its keys.
 */
import { ruleTester } from '../helpers/rule-tester';

/** A NestJS gateway that logs a message's body on error, the body declared with `request`'s type. */
const GATEWAY = (request: string): string => `import { Logger } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
type MessageRequest = ${request};
@WebSocketGateway()
export class Gateway {
  private readonly logger = new Logger('Gateway');
  @SubscribeMessage('message')
  handle(@MessageBody() body: MessageRequest) {
    this.logger.error('message failed', body);
  }
}`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a literal the code calls an organization's: its name and place are the organization's
import pino from 'pino';
const log = pino();
declare const base: { displayName: string; location: string };
declare const attributes: { name: string; value: string }[];
export function prompt() {
  const organization = { displayName: base.displayName, geoLocation: attributes.find((a) => a.name === 'geoLocation')?.value ?? '' };
  log.info(\`Analyze <organization>\${JSON.stringify(organization)}</organization>\`);
}`,
    `// an integration's answer, logged; its access token was an option of the call
import { SuperfaceClient } from '@superfaceai/one-sdk';
import pino from 'pino';
const log = pino();
export async function getChannels(client: SuperfaceClient, serverId: string, accessToken: string) {
  const input = { server: serverId };
  const profile = await client.getProfile('chat/threads');
  const result: any = await profile.getUseCase('GetThreads').perform(input, { parameters: { accessToken } });
  log.warn({ input, result }, 'Invalid request in getChannels');
}`,
    `// a team's name, from the body of a route for teams
import express from 'express';
const router = express.Router();
router.post('/teams/add', async (req: any, res) => {
  const { name, avatarUrl } = req.body;
  console.log(\`Express route: \${name}, \${avatarUrl}\`);
  res.json({});
});`,
    `// a project's name, read off the body of a route for one project
import express from 'express';
const app = express();
app.put('/api/projects/:projectId', (req, res) => {
  console.info('renaming', req.body.name);
  res.end();
});`,
    {
      code: `// a project function declared to return a record type, whose returns write out only some of its fields
import pino from 'pino';
const logger = pino();
interface NoteEntity { id?: string; title?: string; body?: string; latitude?: number; longitude?: number }
export async function formNoteToNote(formNote: { id: string; title: string; body: string }): Promise<NoteEntity> {
  return { id: formNote.id, title: formNote.title, body: formNote.body };
}
export async function save(formNote: { id: string; title: string; body: string }) {
  const note = await formNoteToNote(formNote);
  logger.debug('Saving note...', note);
}`,
      typeInfo: true,
    },
    {
      code: `// an entity's lazy relation (a TypeORM \`Promise<User>\`): the row holds the user's id, not the user
import pino from 'pino';
const logger = pino();
class User { id!: string; email!: string }
class UserDigest { userId!: string; preferredHour!: number; user!: Promise<User> }
export function schedule(digest: UserDigest) {
  logger.info({ digest }, 'sending digest');
}`,
      typeInfo: true,
    },
    {
      code: `// a metric's full name, made from the bare name a counter is given (audit 29: rudder-transformer)
const logger = require('pino')();
const appendPrefix = (name) => \`\${process.env.PREFIX}\${name}\`;
class Prometheus {
  counter(name, delta) {
    const fullName = appendPrefix(name);
    logger.warn(\`Prometheus: Counter metric \${fullName} not found\`);
  }
}
module.exports = { Prometheus };`,
      filename: 'src/util/prometheus.js',
    },
    {
      code: `// a WebSocket message whose declared type holds only an environment token (audit 30: usertour)
${GATEWAY('{ token: string }')}`,
      typeInfo: true,
    },
  ],
  invalid: [
    {
      code: `// a WebSocket message whose declared type holds the visitor's text: the customer's input
${GATEWAY('{ token: string; message: string }')}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 10, column: 41 }],
    },
    {
      code: `// a full name made from a person's names, or from a person's bare name
const logger = require('pino')();
const appendPrefix = (name) => \`\${process.env.PREFIX}\${name}\`;
function greet(user) {
  const fullName = \`\${user.firstName} \${user.lastName}\`;
  logger.info(\`hello \${fullName}\`);
  const { name } = user;
  const label = appendPrefix(name);
  const fullName2 = appendPrefix(name);
  logger.info(fullName2);
}
module.exports = { greet };`,
      filename: 'src/greet.js',
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 24 },
        { messageId: 'personalDataInLog', line: 10, column: 15 },
      ],
    },
    {
      code: `// the same relation, awaited: the user's record
import pino from 'pino';
const logger = pino();
class User { id!: string; email!: string }
class UserDigest { userId!: string; preferredHour!: number; user!: Promise<User> }
export async function schedule(digest: UserDigest) {
  const user = await digest.user;
  logger.info({ user }, 'sending digest');
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 17 }],
    },
    {
      code: `// the same declared type, of a function whose return the code does not write out: the type speaks
import pino from 'pino';
const logger = pino();
interface NoteEntity { id?: string; title?: string; body?: string; latitude?: number; longitude?: number }
declare const db: { find(id: string): Promise<any> };
export async function loadNote(id: string): Promise<NoteEntity> {
  return db.find(id);
}
export async function show(id: string) {
  const full = await loadNote(id);
  logger.debug('Loaded note...', full);
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 11, column: 34 }],
    },
    {
      code: `// the same literal given a person's e-mail: its values decide
import pino from 'pino';
const log = pino();
declare const user: { email: string };
export function prompt() {
  const organization = { contactEmail: user.email };
  log.info(\`Analyze <organization>\${JSON.stringify(organization)}</organization>\`);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 52 }],
    },
    {
      code: `// a token given to a library call as its value (wrapped, encoded) is still there in the result
import pino from 'pino';
import { encode } from 'some-codec';
const log = pino();
export function show(accessToken: string) {
  const wrapped = encode(accessToken, { base: 64 });
  log.info({ wrapped });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 14 }],
    },
    {
      code: `// a person's name, from the body of a route for members
import express from 'express';
const router = express.Router();
router.post('/teams/:teamId/members/add', async (req: any, res) => {
  const { name } = req.body;
  console.log(\`adding \${name}\`);
  res.json({});
});`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 25 }],
    },
    {
      code: `// the same: a route whose path names no thing
import express from 'express';
const router = express.Router();
router.post('/signup', async (req: any, res) => {
  console.log('signing up', req.body.name);
  res.json({});
});`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 29 }],
    },
  ],
});
