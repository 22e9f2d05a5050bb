/**
 * A JSON Web Token is signed, not encrypted: whoever holds it reads its payload. A token signed over a person's record
 * or e-mail carries them into the cookie (§5) or the log it is written to; one signed over an id does not.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `// a token over the user's id only
import jwt from 'jsonwebtoken';
import type { Response } from 'express';
export function login(res: Response, user: { id: string; email: string }) {
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET!);
  res.cookie('auth', token, { httpOnly: true });
}`,
    `// an HMAC signature is not a JWT: it does not carry what it signs
import { createHmac } from 'node:crypto';
import type { Response } from 'express';
declare const signer: { sign(value: string): string };
export function remember(res: Response, user: { email: string }) {
  res.cookie('sig', signer.sign(user.email));
  res.cookie('mac', createHmac('sha256', 'k').update(user.email).digest('hex'));
}`,
  ],
  invalid: [
    {
      code: `// postiz: the whole user record signed into the auth cookie, through a helper of the project
import { sign } from 'jsonwebtoken';
import type { Response } from 'express';
interface User { id: string; email: string; name: string }
class AuthChecker { static signJWT(value: object) { return sign(value, process.env.JWT_SECRET!); } }
export function login(res: Response, user: User) {
  const jwt = AuthChecker.signJWT(user);
  res.cookie('auth', jwt, { httpOnly: true });
}`,
      errors: [{ messageId: 'personalDataInCookie', line: 8, column: 22 }],
    },
    {
      code: `// a NestJS JwtService signing the e-mail
import type { Response } from 'express';
declare class JwtService { sign(payload: object): string }
export class AuthController {
  constructor(private readonly jwtService: JwtService) {}
  login(res: Response, user: { id: string; email: string }) {
    const token = this.jwtService.sign({ sub: user.id, email: user.email });
    res.cookie('token', token);
  }
}`,
      errors: [{ messageId: 'personalDataInCookie', line: 8, column: 25 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// jose: a token over the user's id
import { SignJWT } from 'jose';
export async function issue(user: { id: string; email: string }, key: Uint8Array) {
  const token = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key);
  console.info('issued', token);
}`,
  ],
  invalid: [
    {
      code: `// jose: a token over the e-mail, logged
import { SignJWT } from 'jose';
export async function issue(user: { id: string; email: string }, key: Uint8Array) {
  const token = await new SignJWT({ email: user.email }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(key);
  console.info('issued', token);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 26 }],
    },
  ],
});
