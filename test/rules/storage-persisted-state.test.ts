/**
 * A store class that keeps its state in the browser: a setter merges what it is given into a field and the class
 * writes that field to web storage (in the setter, or in a method the setter calls on `this`). What a call of the
 * setter gives is stored: reported at that call, through the helpers that hand it on; a property named for a sign-in
 * token (`{ token }`) holds one. `const { localStorage } = window` is web storage. A setter whose field the class
 * never stores, or a call that gives only ids, is not reported.
 */
import { ruleTester } from '../helpers/rule-tester';

const STORE = `const { localStorage } = window;
export default class Store {
  constructor(initialState = {}, { localStorageKey = 'store' } = {}) {
    this.localStorageKey = localStorageKey;
    this._state = { ...initialState };
    this._memory = {};
  }
  get state() { return this._state; }
  persist() {
    const persistable = { ...this._state };
    localStorage.setItem(this.localStorageKey, JSON.stringify(persistable));
  }
  setState(partialState) {
    const prevState = this._state;
    this._state = { ...prevState, ...partialState };
    this.persist();
  }
  remember(partial) {
    this._memory = { ...this._memory, ...partial };
  }
}
export const store = new Store({ user: null });`;

ruleTester('no-personal-data-in-cookies', {
  valid: [
    {
      code: `// ids only; and a field the class never writes to storage
import { store } from './store';
export function select(roomId, agentId, email) {
  store.setState({ roomId, agentId });
  store.remember({ email });
}`,
      filename: 'src/hooks.js',
      files: { 'src/store.js': STORE },
    },
  ],
  invalid: [
    {
      code: `// a visitor's record and e-mail merged into the persisted state, directly and through a helper; a bare token
import { store } from './store';
const updateGuest = (data) => {
  const { guest } = store.state;
  store.setState({ guest: { ...guest, ...data } });
};
export function setGuestEmail(email) {
  updateGuest({ email });
}
export function granted(user, token) {
  store.setState({ user });
  store.setState({ token });
}`,
      filename: 'src/hooks.js',
      files: { 'src/store.js': STORE },
      errors: [
        { messageId: 'personalDataInStorage', line: 8, column: 17 },
        { messageId: 'personalDataInStorage', line: 11, column: 20 },
        { messageId: 'sessionTokenInStorage', line: 12, column: 20 },
      ],
    },
    {
      code: `// web storage destructured from the window
const { localStorage, sessionStorage } = window;
declare const customer: { email: string };
localStorage.setItem('contact', customer.email);
sessionStorage.setItem('auth', JSON.stringify({ token: (globalThis as any).lastToken, theme: 'dark' }));`,
      errors: [
        { messageId: 'personalDataInStorage', line: 4, column: 33 },
        { messageId: 'sessionTokenInStorage', line: 5, column: 56 },
      ],
    },
  ],
});
