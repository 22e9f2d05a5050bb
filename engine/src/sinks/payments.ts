/** Payments (§2): customers, billing details and card holders go to the payment provider. */
import { sdk, api, vendor, type SinkSpec } from './types';

const crud = (...objects: string[]) => objects.flatMap((o) => [`${o}.create`, `${o}.update`]);

export const PAYMENT_SINKS: readonly SinkSpec[] = [
  sdk('stripe', 'payments', vendor('Stripe', 'Stripe, Inc.', 'US', ['api.stripe.com']), {
    modules: ['stripe'], factories: ['new', '()', 'Stripe'],
    instanceMethods: [...crud('customers', 'paymentIntents', 'setupIntents', 'charges', 'invoices', 'subscriptions', 'accounts', 'refunds',
      'checkout.sessions', 'billingPortal.sessions', 'paymentLinks', 'invoiceItems', 'quotes', 'issuing.cardholders', 'identity.verificationSessions'),
    'paymentIntents.confirm', 'customers.createSource', 'customers.createTaxId', 'paymentMethods.create', 'paymentMethods.attach',
    // A lookup by e-mail sends the address to Stripe as well.
    'customers.list', 'customers.search',
    // Radar value lists: a blocked card holder's e-mail, card fingerprint or IP address added to a block or allow list.
    'radar.valueListItems.create'],
    returnsRecord: ['customers.create', 'customers.update'] }),
  // Stripe.js in the browser: `const stripe = await loadStripe(key)` (also kept in a variable typed `Stripe`),
  // `useStripe()` of the React bindings; the payer's billing details go to Stripe with the confirmation. `Stripe` is
  // the client's type (a parameter or a field declared `stripe: Stripe`).
  sdk('stripe-js', 'payments', vendor('Stripe', 'Stripe, Inc.', 'US'), {
    modules: ['@stripe/stripe-js', '@stripe/stripe-js/pure', '@stripe/react-stripe-js'], factories: ['loadStripe', 'useStripe', 'Stripe'],
    instanceMethods: ['confirmPayment', 'confirmCardPayment', 'confirmSetup', 'confirmCardSetup', 'createPaymentMethod', 'createToken',
      'createSource', 'handleNextAction', 'verifyIdentity'] }),
  sdk('paypal', 'payments', vendor('PayPal', 'PayPal Holdings, Inc.', 'US', ['api-m.paypal.com', 'api.paypal.com']), {
    modules: ['@paypal/paypal-server-sdk', '@paypal/checkout-server-sdk'],
    factories: ['OrdersController', 'PaymentsController', 'VaultController', 'OrdersCreateRequest', 'OrdersPatchRequest'],
    instanceMethods: ['createOrder', 'ordersCreate', 'patchOrder', 'ordersPatch', 'createPaymentToken', 'requestBody'] }),
  sdk('square', 'payments', vendor('Square', 'Block, Inc.', 'US', ['connect.squareup.com']), {
    modules: ['square'], factories: ['SquareClient', 'Client'],
    instanceMethods: [...crud('customers', 'payments', 'orders', 'invoices'), 'customersApi.createCustomer', 'customersApi.updateCustomer',
      'paymentsApi.createPayment', 'ordersApi.createOrder', 'checkout.paymentLinks.create', 'checkoutApi.createPaymentLink'],
    returnsRecord: ['customers.create', 'customers.update', 'customersApi.createCustomer', 'customersApi.updateCustomer'] }),
  sdk('adyen', 'payments', vendor('Adyen', 'Adyen N.V.', 'NL', ['*.adyen.com', '*.adyenpayments.com']), {
    modules: ['@adyen/api-library'], factories: ['CheckoutAPI', 'Client', 'RecurringAPI'],
    instanceMethods: ['payments', 'sessions', 'paymentLinks', 'PaymentsApi.payments', 'PaymentsApi.sessions', 'PaymentLinksApi.paymentLinks'] }),
  sdk('braintree', 'payments', vendor('Braintree', 'PayPal, Inc. (Braintree)', 'US', ['api.braintreegateway.com']), {
    modules: ['braintree'], factories: ['BraintreeGateway', 'connect'],
    instanceMethods: ['customer.create', 'customer.update', 'transaction.sale', 'paymentMethod.create', 'address.create', 'subscription.create'],
    returnsRecord: ['customer.create', 'customer.update'] }),
  // Mollie's Node client: `createMollieClient({ apiKey })`; a payment's billing and shipping addresses, the customer's
  // name and e-mail go to Mollie (Amsterdam).
  sdk('mollie', 'payments', vendor('Mollie', 'Mollie B.V.', 'NL', ['api.mollie.com']), {
    modules: ['@mollie/api-client'], factories: ['createMollieClient', '()'],
    instanceMethods: [...crud('customers', 'payments', 'orders', 'customerPayments', 'customerSubscriptions'), 'paymentLinks.create'],
    returnsRecord: ['customers.create', 'customers.update'] }),
  sdk('paddle', 'payments', vendor('Paddle', 'Paddle.com Market Ltd', 'GB', ['api.paddle.com', 'sandbox-api.paddle.com']), {
    modules: ['@paddle/paddle-node-sdk', '@paddle/paddle-js'], factories: ['Paddle', 'initializePaddle'],
    instanceMethods: [...crud('customers', 'transactions', 'addresses', 'businesses'), 'customers.list', 'Checkout.open'],
    returnsRecord: ['customers.create', 'customers.update'] }),
  sdk('lemon-squeezy', 'payments', vendor('Lemon Squeezy', 'Lemon Squeezy, LLC', 'US', ['api.lemonsqueezy.com']), {
    modules: ['@lemonsqueezy/lemonsqueezy.js'], methods: ['createCheckout', 'createCustomer', 'updateCustomer'],
    returnsRecord: ['createCustomer', 'updateCustomer'] }),
  // Polar Software, Inc. (US; unsure, the team is in Sweden).
  sdk('polar', 'payments', vendor('Polar', 'Polar Software, Inc.', 'US', ['api.polar.sh']), {
    modules: ['@polar-sh/sdk'], factories: ['Polar'], instanceMethods: [...crud('checkouts', 'customers'), 'customers.list', 'events.ingest'],
    returnsRecord: ['customers.create', 'customers.update'] }),
  sdk('payjp', 'payments', vendor('PAY.JP', 'PAY株式会社 (PAY, Inc.)', 'JP', ['api.pay.jp']), {
    modules: ['payjp'], factories: ['()', 'new', 'Payjp'], instanceMethods: [...crud('customers', 'charges', 'subscriptions', 'tokens'), 'customers.cards.create'],
    returnsRecord: ['customers.create', 'customers.update'] }),
  // KOMOJU has no official Node SDK: its REST API is called with fetch or axios.
  api('komoju', 'payments', vendor('KOMOJU', '株式会社DEGICA (DEGICA Co., Ltd.)', 'JP', ['komoju.com'])),
  sdk('gmo-pg', 'payments', vendor('GMO Payment Gateway', 'GMOペイメントゲートウェイ株式会社', 'JP', ['*.mul-pay.jp', 'api.fincode.jp']), {
    modules: ['gmopg', '@fincode/node'], factories: ['new', 'GMOPG', 'createFincode'],
    instanceMethods: ['entryTran', 'execTran', 'saveMember', 'updateMember', 'saveCard', 'customer.create', 'payment.create'] }),
  sdk('paypay', 'payments', vendor('PayPay', 'PayPay株式会社 (PayPay Corporation)', 'JP', ['api.paypay.ne.jp']), {
    modules: ['@paypayopa/paypayopa-sdk-node'], methods: ['QRCodeCreate', 'CreatePendingPayment', 'CreateSubscriptionPayment'] }),
  api('line-pay', 'payments', vendor('LINE Pay', 'LY Corporation', 'JP', ['api-pay.line.me'])),
  sdk('chargebee', 'payments', vendor('Chargebee', 'Chargebee, Inc.', 'US', ['*.chargebee.com']), {
    modules: ['chargebee'], factories: ['new', 'Chargebee'],
    methods: ['customer.create', 'customer.update', 'subscription.create', 'subscription.create_with_items', 'hosted_page.checkout_new_for_items'],
    instanceMethods: ['customer.create', 'customer.update', 'subscription.createWithItems', 'hostedPage.checkoutNewForItems',
      'customer.updateBillingInfo'] }),
  sdk('razorpay', 'payments', vendor('Razorpay', 'Razorpay Software Private Limited', 'IN', ['api.razorpay.com']), {
    modules: ['razorpay'], factories: ['new', 'Razorpay'],
    instanceMethods: [...crud('customers', 'orders', 'invoices', 'subscriptions'), 'customers.edit', 'paymentLink.create'] }),
  // Plaid Link: the user's e-mail and phone number may be handed over when the link token is made.
  sdk('plaid', 'payments', vendor('Plaid', 'Plaid Inc.', 'US', ['production.plaid.com', 'sandbox.plaid.com']), {
    modules: ['plaid'], factories: ['new', 'PlaidApi'],
    instanceMethods: ['linkTokenCreate', 'identityVerificationCreate', 'userCreate'] }),
];
