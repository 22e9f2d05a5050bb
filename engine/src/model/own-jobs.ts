/**
 * The app's own jobs: a request a route accepts only after checking a job queue's signature (QStash's
 * `Receiver.verify`, a project's `verifyQstashSignature`, `verifySignatureAppRouter(handler)`) was published by the
 * app itself. Its body is what the app enqueued (ids, pages, actions), described by what is read from it, not the
 * customer's input as a whole. A QStash callback, which reads the message QStash delivered, is not such a job.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { callsInBody } from './syntax-index';
import { stripParens } from './syntax';

/** `verifyQstashSignature`, `verifyQStashRequest`: a function of the project named for checking a QStash signature. */
const QSTASH_VERIFIER = /^verify\w*q[sS]tash|^verifyQ[sS]tash|q[sS]tash\w*(Signature|Verif)/i;
/** `verifySignature(handler)`, `verifySignatureAppRouter(handler)`, `verifySignatureEdge(handler)` of @upstash/qstash/nextjs. */
const QSTASH_WRAPPER = /^verifySignature(AppRouter|Edge)?$/;

const memo = new WeakMap<ts.Node, boolean>();

function calleeName(call: ts.CallExpression): string | undefined {
  const c = stripParens(call.expression);
  return ts.isIdentifier(c) ? c.text : ts.isPropertyAccessExpression(c) ? c.name.text : undefined;
}

/** `receiver.verify(…)` where `const receiver = new Receiver(…)` (QStash's verifier) is declared in the file. */
function isReceiverVerify(call: ts.CallExpression, sf: ts.SourceFile): boolean {
  const c = stripParens(call.expression);
  if (!ts.isPropertyAccessExpression(c) || c.name.text !== 'verify' || !ts.isIdentifier(c.expression)) return false;
  const name = c.expression.text;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) {
      const init = stripParens(n.initializer);
      if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'Receiver') found = true;
      return;
    }
    n.forEachChild(visit);
  };
  sf.forEachChild(visit);
  return found;
}

/**
 * A QStash callback (the route QStash calls with the result of a delivery) reads `sourceBody`, the message it
 * delivered (a webhook's payload, which may hold people's data): that body is not the app's job.
 */
function readsDeliveredMessage(fn: ts.FunctionLikeDeclaration, sf: ts.SourceFile): boolean {
  return !!fn.body && /\bsourceBody\b/.test(fn.body.getText(sf));
}

/** Whether the function a request is read in accepts it only from the app's own job queue. */
export function acceptsOnlyOwnJobs(fn: ts.FunctionLikeDeclaration, sf: ts.SourceFile): boolean {
  const hit = memo.get(fn);
  if (hit !== undefined) return hit;
  let result = false;
  if (!readsDeliveredMessage(fn, sf)) {
    // `export const POST = verifySignatureAppRouter(async (req) => …)`.
    const parent = fn.parent;
    if (parent && ts.isCallExpression(parent) && parent.arguments.includes(fn as ts.Expression)) {
      const name = calleeName(parent);
      if (name && QSTASH_WRAPPER.test(name)) result = true;
    }
    for (const call of result ? [] : callsInBody(sf, fn)) {
      const name = calleeName(call);
      if (name && (QSTASH_VERIFIER.test(name) || isReceiverVerify(call, sf))) { result = true; break; }
    }
  }
  memo.set(fn, result);
  return result;
}
