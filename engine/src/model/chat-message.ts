/**
 * A message of a chat with an assistant or with other people, as applications hold it: a `role` that says who wrote
 * it (`'user' | 'assistant' | 'system'`) and what was written (`content`, or its `parts` / `fragments`). What the
 * customer typed there is their own words — a name, an address, a health question — so a chat message is the
 * customer's input as a whole, like a submitted form: logging it or sending it to an outside model is reported.
 * The role decides, not the word `content`: a tooltip's props (`{ role: AriaRole; content: ReactNode }`) have a role
 * of another kind.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { PersonalFact } from './facts';
import { propertyNameText } from './syntax';

/** Where a chat message keeps what was written. */
const CONTENT_PROPERTIES = ['content', 'parts', 'fragments'];
/** The roles of a chat's participants (OpenAI, Anthropic, Gemini, LangChain). */
const CHAT_ROLES: ReadonlySet<string> = new Set(['user', 'assistant', 'human', 'model', 'ai']);
/** A type's name that says it is a message (`ChatMessage`, `RequestMessage`, `DMessage`, `ChatCompletionMessageParam`). */
const MESSAGE_TYPE_NAME = /(^|[a-z0-9_])(Message|Messages|ChatTurn|Turn)(Param|Params|Input|Item)?$|^(D|UI|Base|Chat)?Message/;

/**
 * Other properties a chat's messages say who wrote them with (`type: 'user' | 'assistant' | 'warning'`, `sender`):
 * a chat only when their literals name both the person and the assistant (a toast's `type: 'info' | 'error'` is no
 * author).
 */
const AUTHOR_PROPERTIES = ['type', 'sender', 'author', 'from'];
const PERSON_AUTHORS: ReadonlySet<string> = new Set(['user', 'human']);
const ASSISTANT_AUTHORS: ReadonlySet<string> = new Set(['assistant', 'ai', 'bot', 'model']);

/** Whether an author property's literals name both sides of a chat with an assistant. */
function namesBothAuthors(literals: readonly string[] | undefined): boolean {
  return !!literals && literals.some((l) => PERSON_AUTHORS.has(l)) && literals.some((l) => ASSISTANT_AUTHORS.has(l));
}

function contentFact(name: string, typeName: string | undefined, declaration?: ts.Node): PersonalFact[] {
  return [{ category: 'input', field: name, via: 'type', typeName, path: name, ...(declaration ? { declaration } : {}) }];
}

/** The chat roles a role's type allows, by its string literals; undefined when it is not made of literals. */
function literalRoles(t: ts.Type): string[] | undefined {
  const parts = t.isUnion() ? t.types : [t];
  const out: string[] = [];
  for (const p of parts) {
    if (p.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
    if (!p.isStringLiteral()) return undefined;
    out.push(p.value);
  }
  return out.length ? out : undefined;
}

/** The fact of a chat message type (typed): what its content holds is the customer's input. */
export function chatMessageFacts(checker: ts.TypeChecker, type: ts.Type, typeName: string | undefined): PersonalFact[] | undefined {
  const content = CONTENT_PROPERTIES.map((n) => type.getProperty(n)).find((p): p is ts.Symbol => !!p);
  if (!content) return undefined;
  const role = type.getProperty('role');
  if (!role) return authoredContentFacts(checker, type, content, typeName);
  const roleDecl = role.valueDeclaration ?? role.declarations?.[0];
  const contentDecl = content.valueDeclaration ?? content.declarations?.[0];
  if (!roleDecl || !contentDecl) return undefined;
  const contentType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(content, contentDecl));
  if (contentType.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike) || contentType.getCallSignatures().length) return undefined;
  const roleType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(role, roleDecl));
  const roles = literalRoles(roleType);
  const isChat = roles ? roles.some((r) => CHAT_ROLES.has(r))
    : !!(roleType.flags & ts.TypeFlags.String) && !!typeName && MESSAGE_TYPE_NAME.test(typeName);
  return isChat ? contentFact(content.name, typeName, contentDecl) : undefined;
}

/** `chatMessageFacts` of a message that says its author by `type`, `sender` … (`AUTHOR_PROPERTIES`) instead of a role. */
function authoredContentFacts(checker: ts.TypeChecker, type: ts.Type, content: ts.Symbol, typeName: string | undefined): PersonalFact[] | undefined {
  for (const name of AUTHOR_PROPERTIES) {
    const author = type.getProperty(name);
    const decl = author?.valueDeclaration ?? author?.declarations?.[0];
    if (!author || !decl) continue;
    if (!namesBothAuthors(literalRoles(checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(author, decl))))) continue;
    const contentDecl = content.valueDeclaration ?? content.declarations?.[0];
    return contentFact(content.name, typeName, contentDecl);
  }
  return undefined;
}

/**
 * The fact of a chat message type as written (an interface or a type literal, without the checker): its `role` is
 * typed with literals of a chat's roles, or with a type named for a role (`MessageRole`) or `string` in a type named
 * for a message.
 */
export function chatMessageMemberFacts(members: ts.NodeArray<ts.TypeElement | ts.ClassElement>, typeName: string | undefined): PersonalFact[] | undefined {
  let role: ts.TypeNode | undefined;
  let content: ts.PropertySignature | ts.PropertyDeclaration | undefined;
  const authors: ts.TypeNode[] = [];
  for (const m of members) {
    if (!(ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) || !m.name) continue;
    const n = propertyNameText(m.name);
    if (n === 'role') role = m.type;
    else if (n && CONTENT_PROPERTIES.includes(n) && !content) content = m;
    else if (n && AUTHOR_PROPERTIES.includes(n) && m.type) authors.push(m.type);
  }
  if (!content) return undefined;
  if (!role) {
    return authors.some((t) => namesBothAuthors(literalTexts(t))) ? contentFact(propertyNameText(content.name)!, typeName, content) : undefined;
  }
  if (content.type && (content.type.kind === ts.SyntaxKind.BooleanKeyword || content.type.kind === ts.SyntaxKind.NumberKeyword
    || ts.isFunctionTypeNode(content.type))) return undefined;
  const messageName = !!typeName && MESSAGE_TYPE_NAME.test(typeName);
  const roles = literalTexts(role);
  const isChat = roles ? roles.some((r) => CHAT_ROLES.has(r))
    : ts.isTypeReferenceNode(role) ? /Role$/.test(ts.isIdentifier(role.typeName) ? role.typeName.text : role.typeName.right.text)
      && (messageName || /Message|Chat/.test(role.getText()))
      : role.kind === ts.SyntaxKind.StringKeyword && messageName;
  return isChat ? contentFact(propertyNameText(content.name)!, typeName, content) : undefined;
}

/** The string literals a type node is a union of (`'user' | 'assistant'`); undefined when it is not only literals. */
function literalTexts(t: ts.TypeNode): string[] | undefined {
  const parts = ts.isUnionTypeNode(t) ? t.types : [t];
  const out: string[] = [];
  for (const p of parts) {
    if (!ts.isLiteralTypeNode(p) || !ts.isStringLiteral(p.literal)) return undefined;
    out.push(p.literal.text);
  }
  return out;
}
