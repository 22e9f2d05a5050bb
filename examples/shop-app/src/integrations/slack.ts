import axios from 'axios';

/** Incoming webhook of the #shop-ops channel. */
const OPS_WEBHOOK_URL = 'https://hooks.slack.com/services/T00000000/B00000000/example-ops-channel';

/** Posts a short notice to the operations channel. */
export async function notifyOps(text: string): Promise<void> {
  await axios.post(OPS_WEBHOOK_URL, { text, unfurl_links: false });
}
