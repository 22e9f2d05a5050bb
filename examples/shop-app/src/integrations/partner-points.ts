import axios from 'axios';
import { logger } from '../lib/logger';
import type { Customer, Member } from '../customers/types';

/** The partner points network (another company): members can link their account to earn partner points. */
const partnerPoints = axios.create({ baseURL: 'https://api.points-partner.example.net/v1', timeout: 5000 });

export async function linkPartnerAccount(member: Member, customer: Customer): Promise<string> {
  const res = await partnerPoints.post<{ partnerId: string }>('/accounts', { email: customer.email, birthDate: customer.seinengappi });
  logger.info({ memberNo: member.memberNo, linked: true }, 'partner account linked');
  return res.data.partnerId;
}

export async function reportEarnedPoints(partnerId: string, points: number): Promise<void> {
  await partnerPoints.post('/earnings', { partnerId, points, source: 'shop' });
}
