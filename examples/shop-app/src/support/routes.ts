import { Router } from 'express';
import { customerService } from '../customers/service';
import { draftReply, suggestTopic } from './assistant';

export const supportRoutes = Router();

/** A customer's question from the contact form: staff get a draft answer to review. */
supportRoutes.post('/questions', async (req, res) => {
  const customer = await customerService.get(req.user.id);
  if (!customer) {
    res.status(403).end();
    return;
  }
  const question = String(req.body.message ?? '');
  const topic = await suggestTopic(customer, question);
  const draft = await draftReply(question);
  req.log.info({ customerId: customer.id, topic, draftLength: draft.length }, 'support draft ready');
  res.status(202).json({ topic });
});
