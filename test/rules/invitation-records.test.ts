/**
 * An invitation is its invitee's record: made for one person's e-mail address (a team's, a workspace's, a document's
 * invitations), it is a person record by its name when no type says what it holds, as a `member` or a `customer` is.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// an invitation's id and role
declare const prisma: any;
export async function created(teamId: string) {
  const invitation = await prisma.invitation.create({ data: { teamId, role: 'MEMBER' } });
  console.log('invitation created', invitation.id, invitation.role);
}`,
    `// a type that says what the invitation holds: no one's address
interface LinkInvitation { id: string; role: string; expires: Date }
export function show(invitation: LinkInvitation) {
  console.log(invitation);
}`,
    `// whether a team has invitations: a question, not a record
export function log(hasInvitations: boolean) {
  console.log('pending', hasInvitations);
}`,
  ],
  invalid: [
    {
      code: `// a team's pending invitations printed whole
declare const prisma: any;
export async function list(teamId: string) {
  const invitations = await prisma.invitation.findMany({ where: { teamId } });
  console.table(invitations);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 17 }],
    },
    {
      code: `// the invitee of a deleted invitation
declare const prisma: any;
export async function remove(id: string) {
  const invitee = await prisma.invitation.delete({ where: { id } });
  console.info('removed', invitee);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 27 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// only the invitation's id leaves
declare const prisma: any;
export async function notify(id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  await fetch('https://hooks.other.example.com/x', { method: 'POST', body: JSON.stringify({ id: invitation.id }) });
}`,
  ],
  invalid: [
    {
      code: `// the whole invitation record sent to a customer's webhook
declare const prisma: any;
export async function notify(id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  await fetch('https://hooks.other.example.com/x', { method: 'POST', body: JSON.stringify(invitation) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 91 }],
    },
  ],
});
