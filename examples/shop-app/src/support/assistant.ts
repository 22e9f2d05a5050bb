import OpenAI from 'openai';
import { hasConsent } from '../lib/privacy';
import type { Customer } from '../customers/types';

/**
 * Drafts of answers to customers' support questions, written by OpenAI. OpenAI handles the data in the United
 * States under the company's data processing agreement: privacy-lint.json registers it as a processor by vendor.
 */
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const SYSTEM_PROMPT = 'You are the support desk of an online shop. Answer politely, in Japanese, in three sentences at most.';

/** A draft answer to what the customer wrote, shown to staff before anything is sent. */
export async function draftReply(question: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: question },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
}

/** The help-centre topic of a question, for customers who agreed to AI processing on the privacy settings page. */
export async function suggestTopic(customer: Customer, question: string): Promise<string> {
  if (!hasConsent(customer, 'ai-support')) return 'general';
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Help-centre topic of this question from ${customer.shimei}: ${question}` }],
  });
  return completion.choices[0]?.message.content ?? 'general';
}
