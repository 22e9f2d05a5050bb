/**
 * Storage-backed state: the setter a storage hook library hands out (usehooks-ts, @mantine/hooks, react-use,
 * @uidotdev/usehooks, ahooks, VueUse …), the setters of a jotai atom made by `atomWithStorage` (here or in another
 * module), and the OpenMRS framework's offline queue, which keeps what it is given in IndexedDB. Their setters write
 * the browser's storage as surely as `localStorage.setItem` does.
 */
import { ruleTester } from '../helpers/rule-tester';

const ATOMS = `import { atomWithStorage } from 'jotai/utils';
export const profileAtom = atomWithStorage<{ email: string } | null>('profile', null);
export const themeAtom = atomWithStorage('theme', 'light');
`;

ruleTester('no-personal-data-in-cookies', {
  valid: [
    {
      code: `// storage hooks and atoms given preferences and ids; a plain atom and React state given an e-mail
import { useState } from 'react';
import { useLocalStorage } from 'usehooks-ts';
import { atom, useAtom, useSetAtom, createStore } from 'jotai';
import { themeAtom, profileAtom } from './atoms';
declare const customer: { id: string; email: string };
const plainAtom = atom<string | null>(null);
const store = createStore();
export function Settings() {
  const [, setTheme] = useLocalStorage('theme', 'light');
  setTheme('dark');
  const [, setSaved] = useAtom(themeAtom);
  setSaved('dark');
  const setPlain = useSetAtom(plainAtom);
  setPlain(customer.email);
  store.set(plainAtom, customer.email);
  store.set(profileAtom, null);
  const [, setMail] = useState('');
  setMail(customer.email);
}`,
      filename: 'src/settings.tsx',
      files: { 'src/atoms.ts': ATOMS },
    },
    `// the OpenMRS offline store given ids only
import { putDynamicOfflineData, queueSynchronizationItem } from '@openmrs/esm-framework';
declare const patient: { uuid: string; name: string };
export async function keepOffline() {
  await putDynamicOfflineData('patient', patient.uuid);
  await queueSynchronizationItem('visit', { patient: patient.uuid, visitType: 'x' }, { id: patient.uuid, displayName: 'Offline visit' });
}`,
  ],
  invalid: [
    {
      code: `// storage hooks of several libraries, a value and an updater function
import { useLocalStorage } from 'usehooks-ts';
import { useSessionStorage } from '@mantine/hooks';
import { useLocalStorage as useStored } from 'react-use';
declare const customer: { id: string; email: string; name: string };
export function Checkout() {
  const [, setDraft] = useLocalStorage('draft', '');
  setDraft(customer.email);
  const [, setShipping] = useSessionStorage({ key: 'shipping', defaultValue: {} });
  setShipping((prev) => ({ ...prev, recipient: customer.name }));
  const [, setLast] = useStored('last');
  setLast(customer);
}`,
      filename: 'src/checkout.tsx',
      errors: [
        { messageId: 'personalDataInStorage', line: 8, column: 12 },
        { messageId: 'personalDataInStorage', line: 10, column: 48 },
        { messageId: 'personalDataInStorage', line: 12, column: 11 },
      ],
    },
    {
      code: `// an atomWithStorage atom of another module, set through useAtom, useSetAtom and a store
import { useAtom, useSetAtom, createStore } from 'jotai';
import { profileAtom } from './atoms';
declare const customer: { id: string; email: string };
const store = createStore();
export function Profile() {
  const [, setProfile] = useAtom(profileAtom);
  setProfile({ email: customer.email });
  const save = useSetAtom(profileAtom);
  save(customer);
  store.set(profileAtom, customer);
}`,
      filename: 'src/profile.tsx',
      files: { 'src/atoms.ts': ATOMS },
      errors: [
        { messageId: 'personalDataInStorage', line: 8, column: 23 },
        { messageId: 'personalDataInStorage', line: 10, column: 8 },
        { messageId: 'personalDataInStorage', line: 11, column: 26 },
      ],
    },
    {
      code: `// VueUse's storage ref written through .value
import { useLocalStorage } from '@vueuse/core';
declare const customer: { id: string; name: string };
export function remember() {
  const last = useLocalStorage('last', '');
  last.value = customer.name;
}`,
      errors: [{ messageId: 'personalDataInStorage', line: 6, column: 16 }],
    },
    {
      code: `// the OpenMRS offline sync queue keeps the registration form in IndexedDB
import { queueSynchronizationItem } from '@openmrs/esm-framework';
interface FormValues { patientUuid: string; givenName: string; familyName: string; birthdate: string }
export async function saveOffline(values: FormValues) {
  await queueSynchronizationItem('patient-registration', { formValues: values }, { id: values.patientUuid, displayName: 'Patient registration' });
}`,
      errors: [{ messageId: 'personalDataInStorage', line: 5, column: 72 }],
    },
  ],
});
