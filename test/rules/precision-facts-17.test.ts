/**
 * Audit 27's false positives, fixed by mechanism: a notification channel's settings hold the operator's account at
 * the service (its password) and whom its messages come from (a sender name, a from-address), not a customer's data;
 * a bare `address` a project function gives (a monitor's host or URL) is what that function returns. The recipients a
 * channel is given, and an address a function reads off a customer, stay reported.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// an SMS channel's login and sender, posted to the SMS provider to authenticate the call
import axios from 'axios';
export async function send(notification: { serwersmsUsername: string; serwersmsPassword: string; serwersmsSenderName: string; serwersmsGroupId: string }, msg: string) {
  const data = {
    username: notification.serwersmsUsername,
    password: notification.serwersmsPassword,
    text: msg,
    sender: notification.serwersmsSenderName,
    group_id: notification.serwersmsGroupId,
  };
  await axios.post('https://api2.serwersms.pl/messages/send_sms', data);
}`,
    `// the IPv4 address a DNS lookup gives for a game server's host name, sent to the game's API as a filter
import axios from 'axios';
import { promises as dns } from 'node:dns';
export async function check(hostname: string) {
  const addresses = await dns.lookup(hostname, { all: true });
  const ipv4Address = addresses.find((a) => a.family === 4);
  await axios.get('https://api.steampowered.com/IGameServersService/GetServerList/v1/', { params: { filter: \`addr\\\\\${ipv4Address?.address}\` } });
}`,
    `// the channel's sender address under another name, tidied
import axios from 'axios';
export async function send(notification: { resendFromEmail: string; resendToEmail: string }, msg: string, admin: { id: string }) {
  const email = notification.resendFromEmail.trim();
  await axios.post('https://api.resend.com/emails', { from: \`Uptime <\${email}>\`, text: msg, tags: [admin.id] });
}`,
    `// a monitor's host or URL, given by the project's own helper, in a chat message
import axios from 'axios';
class Provider {
  extractAddress(monitor: { type: string; hostname: string; url: string }) {
    return monitor.type === 'ping' ? monitor.hostname : monitor.url;
  }
  async send(monitor: { type: string; hostname: string; url: string; name: string }) {
    const address = this.extractAddress(monitor);
    await axios.post('https://api.clickup.com/api/v2/task', { content: \`Monitor \${monitor.name} at \${address}\` });
  }
}
export default Provider;`,
    {
      code: `// the same helper inherited from a CommonJS base class
const axios = require('axios');
const NotificationProvider = require('./notification-provider');
class ClickUp extends NotificationProvider {
  async send(notification, msg, monitorJSON) {
    let address = this.extractAddress(monitorJSON);
    await axios.post('https://api.clickup.com/api/v3/messages', { content: \`\${msg} at \${address}\` });
  }
}
module.exports = ClickUp;`,
      filename: 'src/clickup.js',
      files: {
        'src/notification-provider.js': `class NotificationProvider {
  extractAddress(monitorJSON) {
    if (!monitorJSON) return '';
    return monitorJSON.type === 'ping' ? monitorJSON.hostname : monitorJSON.url;
  }
}
module.exports = NotificationProvider;`,
      },
    },
  ],
  invalid: [
    {
      code: `// a method inherited from a CommonJS base class that posts what it is given: reported where the e-mail is handed in
const Provider = require('./provider');
class Mailer extends Provider {
  async welcome(user) {
    await this.post({ to: user.email });
  }
}
module.exports = Mailer;`,
      filename: 'src/mailer.js',
      files: {
        'src/provider.js': `const axios = require('axios');
class Provider {
  async post(body) { return axios.post('https://api.mailer.example/send', body); }
}
module.exports = Provider;`,
      },
      errors: [{ messageId: 'externalTransfer', line: 5, column: 27 }],
    },
    {
      code: `// the channel's recipient is reported; its sender is not named
import axios from 'axios';
export async function send(notification: { turbosmtpFromEmail: string; turbosmtpToEmail: string }, msg: string) {
  await axios.post('https://api.turbo-smtp.com/api/v2/mail/send', {
    from: notification.turbosmtpFromEmail,
    to: notification.turbosmtpToEmail,
    content: msg,
  });
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 9 }],
    },
    {
      code: `// an address a project function reads off a customer's record
import axios from 'axios';
declare const db: { customer: { find(id: string): { address: string } } };
function customerAddress(id: string) { return db.customer.find(id).address; }
export async function ship(id: string) {
  const address = customerAddress(id);
  await axios.post('https://api.shipper.example/labels', { address });
}`,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 60 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a GET handler's request has no body: logging req.body writes nothing the customer sent
import express from 'express';
const app = express();
app.get('/api/v1/stats', (req, res) => {
  console.debug('get stats', { body: req.body });
  res.json({ ok: true });
});
const apiBasePath = '/api/v2';
app.get(\`\${apiBasePath}/meetings\`, (req, res) => {
  console.debug('get meetings', { body: req.body });
  res.json({ ok: true });
});`,
    `// the server's configuration dumped at start-up: an integration account's password is the company's
declare const config: { mattermost: { enabled: boolean; username: string; password: string } };
function getServerConfig() { return { mattermost: config.mattermost.enabled ? { password: config.mattermost.password } : false }; }
console.info('Server config', getServerConfig());`,
  ],
  invalid: [
    {
      code: `// settings a customer's record holds are the customer's, whichever link comes first
declare const customer: { config: { contact: { email: string } } };
console.info('contact', customer.config.contact.email);`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 25 }],
    },
    {
      code: `// a POST handler's body, and a GET handler's query, are the customer's input
import express from 'express';
const app = express();
app.post('/api/v1/meeting', (req, res) => {
  console.debug('create meeting', { body: req.body });
  res.json({ ok: true });
});
app.get('/api/v1/search', (req, res) => {
  console.debug('search', { query: req.query });
  res.json({ ok: true });
});`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 43 },
        { messageId: 'personalDataInLog', line: 9, column: 36 },
      ],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a WebRTC client's camera and microphone ids: the media inputs picked, logged while switching them
export async function switchCamera(deviceId: string) {
  const constraints = { video: { deviceId: { exact: deviceId } } };
  console.log('videoConstraints', constraints, deviceId);
  const devices = await navigator.mediaDevices.enumerateDevices();
  for (const d of devices) console.log('device', d.deviceId, d.label);
  return navigator.mediaDevices.getUserMedia(constraints);
}`,
  ],
  invalid: [
    {
      code: `// an analytics device id in a file that picks no media input
export function boot(deviceId: string, device: { deviceId: string }) {
  console.log('booting', deviceId);
  console.log('device', device.deviceId);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 26 },
        { messageId: 'personalDataInLog', line: 4, column: 25 },
      ],
    },
  ],
});
