/**
 * Precision facts from precision audit 6 (fresh repositories): the address a server listens on, handed to the
 * callback of its `listen`, is the machine's, not a person's postal address. The same parameter name in any other
 * callback is still read by its name.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// Fastify's listen callback: the address the server listens on
declare const server: { listen(o: { port: number; host: string }, cb: (err: Error | null, address: string) => void): void };
server.listen({ port: 5003, host: '0.0.0.0' }, (err, address) => {
  if (err) process.exit(1);
  console.info(\`Server listening on \${address}\`);
});`,
    `// a function expression given to listen, in parentheses
declare const app: { listen(port: number, cb: (address: string) => void): void };
app.listen(3000, (function (address: string) { console.log('listening', address); }));`,
  ],
  invalid: [
    {
      code: `// a postal address handed to another callback
declare const addresses: string[];
addresses.forEach((address) => console.log(address));`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 44 }],
    },
  ],
}, 'precision facts 4: a server\'s own listen address');
