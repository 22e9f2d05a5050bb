/** Advertising tags and conversion APIs (§2): identities and hashed contact data go to the ad platform. */
import { sdk, api, vendor, type SinkSpec } from './types';

const meta = vendor('Meta Pixel', 'Meta Platforms, Inc.', 'US', ['www.facebook.com', 'connect.facebook.net']);
const ly = (name: string, hosts: string[]) => vendor(name, 'LY Corporation', 'JP', hosts);

export const ADVERTISING_SINKS: readonly SinkSpec[] = [
  // Dub's conversion tracking: a lead or sale is attributed to the click with the customer's name, e-mail and avatar.
  sdk('dub', 'advertising', vendor('Dub', 'Dub Technologies, Inc.', 'US', ['api.dub.co']), {
    modules: ['dub'], factories: ['Dub'], instanceMethods: ['track.lead', 'track.sale', 'customers.update'] }),
  sdk('meta-pixel', 'advertising', meta, { globals: ['fbq'], callable: true,
    modules: ['react-facebook-pixel'], methods: ['init', 'track', 'trackCustom', 'fbq', 'trackSingle'] }),
  // Conversions API: the SDK's `UserData` setters carry the customer's data (hashed by the SDK, still personal).
  sdk('meta-conversions-api', 'advertising', vendor('Meta Conversions API', 'Meta Platforms, Inc.', 'US', ['graph.facebook.com']), {
    modules: ['facebook-nodejs-business-sdk'], factories: ['UserData', 'ServerEvent', 'EventRequest', 'CustomData'],
    instanceMethods: ['setEmail', 'setEmails', 'setPhone', 'setPhones', 'setFirstName', 'setLastName', 'setDateOfBirth', 'setCity',
      'setZip', 'setExternalId', 'setClientIpAddress', 'setUserData', 'setCustomData'] }),
  sdk('line-tag', 'advertising', ly('LINE Tag', ['tr.line.me']), { globals: ['_lt'], callable: true }),
  sdk('yahoo-japan-tag', 'advertising', ly('Yahoo! JAPAN Tag', ['b90.yahoo.co.jp', 's.yimg.jp']), {
    globals: ['ytag', 'yahoo_conversion', 'yahoo_retargeting'], callable: true }),
  api('line-conversion-api', 'advertising', ly('LINE Conversion API', ['conversion-api.tr.line.me'])),
  // TikTok's pixel data is handled by TikTok Pte. Ltd. for Asia-Pacific users (unsure).
  sdk('tiktok-pixel', 'advertising', vendor('TikTok Pixel', 'TikTok Pte. Ltd.', 'SG', ['analytics.tiktok.com', 'business-api.tiktok.com']), {
    globals: ['ttq'], methods: ['identify', 'track', 'page'] }),
  sdk('x-pixel', 'advertising', vendor('X Pixel', 'X Corp.', 'US', ['static.ads-twitter.com', 'ads-api.x.com']), { globals: ['twq'], callable: true }),
  api('google-ads-api', 'advertising', vendor('Google Ads API', 'Google LLC', 'US', ['googleads.googleapis.com'])),
];
