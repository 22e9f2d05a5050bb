/**
 * my-number-outside-permitted-module (preamble, §1(1)): every read or write of a My Number outside
 * `myNumber.permittedModules` (`src/payroll/**` in the shared test config); type declarations and counters are not uses.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('my-number-outside-permitted-module', {
  valid: [
    `// named after My Number but not one: predicates, settings sections, rule-id constants, name lists
declare const config: { myNumber: { permittedModules: string[] } };
declare function check(x: unknown): boolean;
const mayUseMyNumber = check(config);
const initializerIsMyNumber = false;
const settings = { myNumber: { permittedModules: ['src/payroll/**'] } };
const MY_NUMBER = 'my-number-outside-permitted-module';
const labels = { myNumber: 'Field names that hold a My Number' };
console.log(mayUseMyNumber, initializerIsMyNumber, settings, MY_NUMBER, labels, config.myNumber.permittedModules);`,
    // An optional settings section, seen through `!` or handed on whole; a cleared field holds nothing.
    `declare const options: { myNumber?: { permittedModules?: string[] } };
declare function show(x: unknown): void;
show(options.myNumber!.permittedModules);
show((options.myNumber)?.permittedModules);
const reset = { myNumber: undefined, kojinBango: null };
show(reset);`,
    {
      code: `declare const options: { myNumber?: { permittedModules?: string[] } };
declare function show(x: unknown): void;
show(options.myNumber);`,
      typeInfo: true,
    },
    // Type declarations are not uses.
    `interface Employee { id: string; myNumber: string; kojinBango?: string; 個人番号?: string }
type Row = { individual_number: string; my_number: string | null };`,
    `interface Employee { id: string; myNumber: string }
type MyNumberOf = Employee['myNumber'];
declare const e: Employee;
type T = typeof e.myNumber;
function idOf(x: Employee): Employee['myNumber'] | undefined { return x.id; }`,
    `declare function validateMyNumber(myNumber: string): boolean;
declare class Registry { lookup(kojinBango: string): void }`,
    {
      code: `import type { Employee } from './types';
export type MyNumberField = 'myNumber';
/** The employee's myNumber is never logged. */
export function idOf(e: Employee) { return e.id; }`,
      files: {
        'src/types.ts': `export interface Employee { id: string; myNumber: string }
`,
      },
    },
    // A counter called myNumber is not a My Number.
    `let myNumber = 0;
myNumber++;
const total = myNumber * 2;
const stats = { myNumber };`,
    `for (let myNumber = 0; myNumber < 10; myNumber++) console.info(\`round \${myNumber}\`);`,
    `function next(myNumber: number) { return myNumber + 1; }`,
    `let myNumber: number = 1;
myNumber += 2;`,
    // Permitted modules (`src/payroll/**`).
    {
      code: `// permitted module: src/payroll/**
declare const e: any;
const m = e.myNumber;
const { kojinBango } = e;
const body = { myNumber: m, kojinBango };`,
      filename: 'src/payroll/withholding.ts',
    },
    {
      code: `declare const body: any;
const n = body['my_number'];`,
      filename: 'src/payroll/nested/deep/submit.ts',
    },
    {
      code: `// permitted modules replaced by config: src/hr/**
declare const e: any;
const m = e.個人番号;`,
      filename: 'src/hr/employees.ts', config: { myNumber: { permittedModules: ['src/hr/**'] } },
    },
    // Near misses.
    `// near misses: other numbers and flags about My Number
declare const e: any;
const numbers = [e.phoneNumber, e.orderNumber, e.memberNumber, e.accountNumber, e.employeeNumber];
const flags = [e.myNumberVerified, e.hasMyNumber];`,
    `const key = 'myNumber';
const label = 'マイナンバー';`,
  ],
  invalid: [
    // Property access: reads and writes.
    {
      code: `// property access: read and write
declare const e: any;
const m = e.myNumber;
e.myNumber = m;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 13, endLine: 3, endColumn: 21, messageIncludes: 'reads or writes' },
        { messageId: 'outsidePermittedModule', line: 4, column: 3, endLine: 4, endColumn: 11, messageIncludes: '`src/app.ts`' },
      ],
    },
    {
      code: `// English, romaji and Japanese names
declare const e: any;
const a = e.individualNumber;
const b = e.kojinBango;
const c = e.個人番号;
const d = e.my_number;
const f = e.マイナンバー;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 13, endLine: 3, endColumn: 29, messageIncludes: '`individualNumber`' },
        { messageId: 'outsidePermittedModule', line: 4, column: 13, endLine: 4, endColumn: 23, messageIncludes: '`kojinBango`' },
        { messageId: 'outsidePermittedModule', line: 5, column: 13, endLine: 5, endColumn: 17 },
        { messageId: 'outsidePermittedModule', line: 6, column: 13, endLine: 6, endColumn: 22 },
        { messageId: 'outsidePermittedModule', line: 7, column: 13, endLine: 7, endColumn: 19 },
      ],
    },
    {
      code: `// optional chaining and template literals
declare const e: any;
const x = e?.myNumber;
const s = \`\${e.profile.kojinBango}\`;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 14, endLine: 3, endColumn: 22 },
        { messageId: 'outsidePermittedModule', line: 4, column: 24, endLine: 4, endColumn: 34 },
      ],
    },
    // Element access with a literal key.
    {
      code: `declare const body: any;
const n = body['my_number'];
body["kojinBango"] = n;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 2, column: 16, endLine: 2, endColumn: 27, messageIncludes: '`my_number`' },
        { messageId: 'outsidePermittedModule', line: 3, column: 6, endLine: 3, endColumn: 18 },
      ],
    },
    // Destructuring.
    {
      code: `// destructuring, plain and renamed
declare const e: any;
const { myNumber, id } = e;
const { kojinBango: kb } = e;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 9, endLine: 3, endColumn: 17, messageIncludes: 'takes' },
        { messageId: 'outsidePermittedModule', line: 4, column: 9, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: `interface Employee { id: string; myNumber: string }
function register({ myNumber }: Employee) { return myNumber.length; }`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 2, column: 21, endLine: 2, endColumn: 29 },
      ],
    },
    // Object literal properties.
    {
      code: `declare const e: any; declare const kojinBango: string;
const payload = { id: e.id, myNumber: e.id };
const other = { kojinBango };`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 2, column: 29, endLine: 2, endColumn: 37, messageIncludes: 'puts' },
        { messageId: 'outsidePermittedModule', line: 3, column: 17, endLine: 3, endColumn: 27 },
        { messageId: 'outsidePermittedModule', line: 1, column: 37, endLine: 1, endColumn: 47 },
      ],
    },
    // Parameters and variables named for it.
    {
      code: `function save(kojinBango: string) { return kojinBango.length; }`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 1, column: 15, endLine: 1, endColumn: 25, messageIncludes: 'receives' },
      ],
    },
    {
      code: `class Employee { constructor(public kojinBango: string) {} }`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 1, column: 37, endLine: 1, endColumn: 47 },
      ],
    },
    {
      code: `declare const form: any;
const myNumber = form.get('my-number');`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 2, column: 7, endLine: 2, endColumn: 15, messageIncludes: 'holds' },
      ],
    },
    {
      code: `// a let holding a string assigned a My Number
declare const e: any;
let myNumber = '';
myNumber = e.profile.myNumber;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 5, endLine: 3, endColumn: 13 },
        { messageId: 'outsidePermittedModule', line: 4, column: 22, endLine: 4, endColumn: 30 },
      ],
    },
    // Outside the permitted modules.
    {
      code: `// outside permitted modules: src/payrollx
declare const e: any;
const m = e.myNumber;`,
      filename: 'src/payrollx/export.ts',
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 13, endLine: 3, endColumn: 21, messageIncludes: '`src/payrollx/export.ts`' },
      ],
    },
    {
      code: `// outside permitted modules: lib/payroll
declare const e: any;
const m = e.myNumber;`,
      filename: 'lib/payroll/export.ts',
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 13, endLine: 3, endColumn: 21, messageIncludes: '`lib/payroll/export.ts`' },
      ],
    },
    {
      code: `module.exports = function (e) { return e.myNumber; };`,
      filename: 'src/legacy.js',
      errors: [
        { messageId: 'outsidePermittedModule', line: 1, column: 42, endLine: 1, endColumn: 50 },
      ],
    },
    {
      code: `// outside permitted modules when config permits src/hr/** only
declare const e: any;
const m = e.myNumber;`,
      filename: 'src/payroll/withholding.ts', config: { myNumber: { permittedModules: ['src/hr/**'] } },
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 13, endLine: 3, endColumn: 21 },
      ],
    },
    // Used alongside other rules: a log of My Number is also a use.
    {
      code: `// logging a My Number is also a use
declare const e: any;
console.log(e.kojinBango);`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 15, endLine: 3, endColumn: 25 },
      ],
    },
  ],
});
