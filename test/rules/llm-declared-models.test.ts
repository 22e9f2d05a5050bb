/**
 * A LangChain model the project declares by its base class (`model: BaseChatModel`), made by a provider factory the
 * analysis need not see through (refly's `getChatModel()` switches over a dozen providers): what its `invoke` is
 * given goes to the model's provider. Other LangChain types (`BaseMessage`) are no clients, and a prompt the code
 * writes itself carries no one's data.
 */
import { ruleTester } from '../helpers/rule-tester';

const IMPORTS = `import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `${IMPORTS}
// messages counted, a fixed prompt sent
export const size = (m: BaseMessage[], user: { email: string }) => m.length + user.email.length;
export const hello = (model: BaseChatModel) => model.invoke('Say hello');`,
    },
  ],
  invalid: [
    {
      code: `${IMPORTS}
// the customer's address in a prompt to a model declared by its base class
export async function draft(model: BaseChatModel, user: { email: string }) {
  return model.invoke(\`Write a welcome mail to \${user.email}\`);
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 50 }],
    },
    {
      code: `${IMPORTS}
// the same through withStructuredOutput, the model a factory's answer
declare function getChatModel(provider: string): BaseChatModel;
async function titleFor(model: BaseChatModel, notes: string) {
  return model.withStructuredOutput({ title: 'string' }).invoke(\`Title for: \${notes}\`);
}
export async function route(req: { body: { notes: string } }) {
  return titleFor(getChatModel('openai'), req.body.notes);
}`,
      errors: [{ messageId: 'externalTransfer', line: 9, column: 43 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `${IMPORTS}
// refly: the run's config (callbacks, tags, the signed-in user under configurable) stays in the process
export async function extract(model: BaseChatModel, config: { configurable: { user: { email: string } } }) {
  return model.invoke('Extract the variables', config);
}`,
    },
  ],
  invalid: [
    {
      code: `${IMPORTS}
// what the model is asked is sent, whatever config goes with it
export async function extract(model: BaseChatModel, user: { email: string }, config: { tags: string[] }) {
  return model.invoke(\`Extract the variables of \${user.email}\`, config);
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 51 }],
    },
  ],
});
