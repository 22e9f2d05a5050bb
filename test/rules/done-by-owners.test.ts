/**
 * From the outline labelling: `document.updatedBy.name`, `comment.createdBy.name` — a record's `createdBy`,
 * `updatedBy`, `lastModifiedBy`, `invitedBy` is the person who did it, so its `name` is that person's name (as an
 * `author`'s or an `owner`'s is). The field itself, when it holds that person's id, is an id.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the id of who made it
declare const doc: { id: string; createdBy: string; updatedById: string };
console.log('created by', doc.createdBy, doc.updatedById);`,
    `// a thing's name next to a done-by phrase that is not a person's doing
declare const stats: { groupedBy: { name: string } };
console.log(stats.groupedBy.name);`,
  ],
  invalid: [
    {
      code: `// the names of the people who made and last changed a document, in the text posted about it
declare const document: { title: string; createdBy: { name: string }; lastModifiedBy: { name: string } };
const text = \`\${document.createdBy.name} published "\${document.title}"\`;
console.log(text, document.lastModifiedBy.name);`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 13 }],
    },
  ],
});
