/**
 * Web storage and cookies: what a form field holds, kept under a key that names a personal field, is that field
 * (`localStorage.setItem('papermark.email', e.target.value)`).
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `// a typed value kept under a key that names no personal field, a bare name, or a key's value that is not typed input
declare const prefs: { theme: string };
export function handlers() {
  const onTheme = (e: { target: { value: string } }) => window.localStorage.setItem('app.theme', e.target.value);
  const onName = (e: { target: { value: string } }) => window.localStorage.setItem('papermark.name', e.target.value);
  const onSave = () => window.localStorage.setItem('app.email', JSON.stringify(prefs));
  const onFlag = (enabled: boolean) => window.localStorage.setItem('emailNotifications', String(enabled));
  return [onTheme, onName, onSave, onFlag];
}`,
  ],
  invalid: [
    {
      code: `// what the visitor typed into the e-mail and phone fields, kept under keys that say so
import Cookies from 'js-cookie';
export function handlers() {
  const onEmail = (e: { target: { value: string } }) => {
    const typed = e.target.value;
    window.localStorage.setItem('papermark.email', typed);
  };
  const onPhone = (value: string) => Cookies.set('visitor_phone', value);
  return [onEmail, onPhone];
}`,
      errors: [
        { messageId: 'personalDataInStorage', line: 6, column: 52 },
        { messageId: 'personalDataInCookie', line: 8, column: 67 },
      ],
    },
  ],
});
