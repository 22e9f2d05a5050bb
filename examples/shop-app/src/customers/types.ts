import type { ConsentState } from '../lib/privacy';

/** A customer of the EC mall (顧客). */
export interface Customer {
  id: string;
  /** 氏名 */
  shimei: string;
  /** 氏名のフリガナ */
  furigana: string;
  email: string;
  emailVerified: boolean;
  /** 電話番号 */
  denwaBango: string;
  /** 郵便番号 */
  yubinBango: string;
  /** 住所 */
  jusho: string;
  /** 生年月日 (YYYY-MM-DD) */
  seinengappi: string;
  consents: ConsentState;
  /** The customer asked to stop marketing mail (§1(5)); set from the privacy settings page. */
  marketingOptOut?: boolean;
  /** 病歴: filled in only for the health-food consultation service (src/health/**). */
  byoreki?: string;
  createdAt: string;
}

export type MemberRank = 'bronze' | 'silver' | 'gold' | 'platinum';

/**
 * A loyalty-programme member. It carries no contact data itself, but it belongs to one person, so
 * privacy-lint.json lists it under `personalData.personalTypes`.
 */
export interface Member {
  memberNo: string;
  customerId: string;
  rank: MemberRank;
  points: number;
  joinedAt: string;
  /** Id at the partner points network, once the member linked their account. */
  partnerId?: string;
}

/** What the sign-up form posts. */
export interface SignupForm {
  shimei: string;
  furigana: string;
  email: string;
  denwaBango: string;
  yubinBango: string;
  jusho: string;
  seinengappi: string;
}
