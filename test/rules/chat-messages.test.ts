/**
 * A chat message (`{ role: 'user' | 'assistant', content }`, a type with a chat's roles and its content, parts or
 * fragments) holds what the customer wrote: logged whole or sent to an outside model it is reported as the customer's
 * input, with and without the checker. Its role, id or date are not; a tooltip's props (`role` of another kind) are no
 * message; the app's own instructions to a model (`systemPrompts: ChatMessage[]`) are not what the customer wrote.
 * Found on NextChat and big-AGI, whose chat payloads the linter did not see.
 */
import { ruleTester } from '../helpers/rule-tester';

const TYPES = `export type MessageRole = 'system' | 'user' | 'assistant';
export interface RequestMessage {
  role: MessageRole;
  content: string;
}
export type ChatMessage = RequestMessage & { id: string; date: string };
export interface ChatOptions {
  messages: RequestMessage[];
  config: { model: string; temperature: number };
}`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a message's role, id and date
import type { ChatMessage } from './types';
export function onResend(message: ChatMessage) {
  console.log('[Chat] resend', message.role, message.id, message.date);
}`,
      files: { 'src/types.ts': TYPES },
    },
    {
      code: `// the app's own instructions to the model, typed as chat messages
import type { ChatMessage } from './types';
declare function createMessage(m: Partial<ChatMessage>): ChatMessage;
declare const template: string;
export function inject() {
  let systemPrompts: ChatMessage[] = [];
  systemPrompts = [createMessage({ role: 'system', content: template })];
  console.log('[Global System Prompt] ', systemPrompts.at(0)?.content ?? 'empty');
}`,
      files: { 'src/types.ts': TYPES },
    },
    {
      code: `// records that hold themselves, here and across two files: read one level down, and analysed
import type { Folder } from './folder';
export interface TreeNode { id: string; children: TreeNode[]; parent: TreeNode; folder: Folder }
export function dump(node: TreeNode, folder: Folder) {
  console.log(node, folder);
}`,
      files: { 'src/folder.ts': `import type { TreeNode } from './app';
export interface Folder { id: string; nodes: TreeNode[]; parent: Folder }` },
    },
    `// a tooltip's props: a role of another kind, no chat
type AriaRole = 'button' | 'dialog' | 'tooltip';
interface TooltipProps { role: AriaRole; content: string; placement: string }
export function Tooltip(props: TooltipProps) {
  console.debug('tooltip', props);
  return null;
}`,
  ],
  invalid: [
    {
      code: `// the request payload with the conversation, before it is sent
import type { ChatOptions } from './types';
export function chat(options: ChatOptions) {
  const messages = options.messages.map((v) => ({ role: v.role, content: v.content }));
  const requestPayload = { messages, stream: true, model: options.config.model };
  console.log('[Request] openai payload: ', requestPayload);
}`,
      files: { 'src/types.ts': TYPES },
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 45 }],
    },
    {
      code: `// a message resent after an error
import type { ChatMessage } from './types';
export function onResend(message: ChatMessage) {
  console.error('failed to resend', message);
}`,
      files: { 'src/types.ts': TYPES },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 37 }],
    },
    {
      code: `// a message type written inline, its parts as content (Gemini, the AI SDK)
interface UIMessage { id: string; role: 'user' | 'assistant'; parts: Array<{ type: 'text'; text: string }> }
export function debug(history: UIMessage[]) {
  console.log(JSON.stringify(history));
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 30 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [],
  invalid: [
    {
      code: `// the conversation sent to a model provider
import type { ChatOptions } from './types';
export async function chat(options: ChatOptions) {
  const requestPayload = { messages: options.messages, model: options.config.model, stream: false };
  await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify(requestPayload) });
}`,
      files: { 'src/types.ts': TYPES },
      errors: [{ messageId: 'externalTransfer', line: 5, column: 100 }],
    },
  ],
});
