/**
 * From the cookie and storage misses of the excalidraw labelling: a class's property that holds a function is a
 * method like any other (`static set = (key, value) => localStorage.setItem(…)` called as `EditorLocalStorage.set`),
 * and a chat whose messages say their author by `type` (`'user' | 'assistant'`) instead of a `role` is a chat: what
 * the person wrote there is their input. A `type` that names no chat's two sides (a toast's) is not.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `// a toast's type names no author: its content is the app's text
type Toast = { id: string; type: 'info' | 'warning' | 'error'; content: string };
export function saveToasts(t: Toast[]) { localStorage.setItem('toasts', JSON.stringify(t)); }`,
    `// the class's helper is handed the publish form's id only
export class EditorLocalStorage {
  static set = (key: string, value: unknown) => { window.localStorage.setItem(key, JSON.stringify(value)); };
}
export function publish(form: { id: string; authorName: string }) { EditorLocalStorage.set('publish', form.id); }`,
  ],
  invalid: [
    {
      code: `// a static property holding a function, called through the class
export class EditorLocalStorage {
  static set = (key: string, value: unknown) => { window.localStorage.setItem(key, JSON.stringify(value)); };
}
export function publish(form: { id: string; authorName: string }) { EditorLocalStorage.set('publish', form); }`,
      errors: [{ messageId: 'personalDataInStorage', line: 5, column: 103 }],
    },
    {
      code: `// an instance's arrow property, called on an instance made here
class Drafts {
  save = (value: unknown) => { sessionStorage.setItem('draft', JSON.stringify(value)); };
}
const drafts = new Drafts();
export function keep(customer: { id: string; email: string }) { drafts.save({ to: customer.email }); }`,
      errors: [{ messageId: 'personalDataInStorage', line: 6, column: 83 }],
    },
    {
      code: `// a chat whose messages name their author by type
type Turn = { id: string; type: 'user' | 'assistant' | 'warning'; content?: string };
export function saveChat(turns: Turn[]) { localStorage.setItem('chat', JSON.stringify(turns)); }`,
      errors: [{ messageId: 'personalDataInStorage', line: 3, column: 87 }],
    },
  ],
});
