import axios from 'axios';
import { POINTS_SERVICE_URL } from '../config/endpoints';
import { logger } from '../lib/logger';
import { linkPartnerAccount } from '../integrations/partner-points';
import type { Customer, Member } from './types';

const REFERRAL_NETWORK_URL = 'https://api.referral-network.example.net/v2';

async function postJson(url: string, body: unknown): Promise<void> {
  await axios.post(url, body, { headers: { 'content-type': 'application/json' } });
}

/** Opens the points account in our points service (internal). */
export async function enrol(customer: Customer): Promise<Member> {
  const res = await fetch(`${POINTS_SERVICE_URL}/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customerId: customer.id, shimei: customer.shimei, email: customer.email }),
  });
  const member = (await res.json()) as Member;
  logger.info({ memberNo: member.memberNo, rank: member.rank }, 'member enrolled');
  return member;
}

export async function addPoints(member: Member, points: number): Promise<Member> {
  const updated: Member = { ...member, points: member.points + points };
  logger.debug({ member: updated }, 'points added');
  return updated;
}

export async function linkPartner(member: Member, customer: Customer): Promise<Member> {
  const partnerId = await linkPartnerAccount(member, customer);
  return { ...member, partnerId };
}

/** Friend referrals are reported to the referral network, which pays the referral bonus. */
export async function referFriend(referrer: Customer, friendEmail: string): Promise<void> {
  await postJson(`${REFERRAL_NETWORK_URL}/referrals`, { referrerId: referrer.id, friendEmail });
}

export async function recordReferralClick(referrerId: string, campaign: string): Promise<void> {
  await postJson(`${REFERRAL_NETWORK_URL}/clicks`, { referrerId, campaign });
}
