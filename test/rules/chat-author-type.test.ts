/**
 * From the cookie and storage misses of the excalidraw labelling: a chat whose messages say their author by `type`
 * (`'user' | 'assistant'`) instead of a `role` is a chat: what the person wrote there is their input. A `type` that
 * names no chat's two sides (a toast's) is not. (Following calls into class properties that hold functions —
 * `static set = (key, value) => …` — was tried and taken back: it made excalidraw's run 3.6× as long.)
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `// a toast's type names no author: its content is the app's text
type Toast = { id: string; type: 'info' | 'warning' | 'error'; content: string };
export function saveToasts(t: Toast[]) { localStorage.setItem('toasts', JSON.stringify(t)); }`,
  ],
  invalid: [
    {
      code: `// a chat whose messages name their author by type
type Turn = { id: string; type: 'user' | 'assistant' | 'warning'; content?: string };
export function saveChat(turns: Turn[]) { localStorage.setItem('chat', JSON.stringify(turns)); }`,
      errors: [{ messageId: 'personalDataInStorage', line: 3, column: 87 }],
    },
  ],
});
