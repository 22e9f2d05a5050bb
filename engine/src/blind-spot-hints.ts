/**
 * What each kind of blind spot means for a report, and what removes it, in both languages: the CLI's summary, the
 * JSON and SARIF reports say the same.
 */
import type { BlindSpotKind, LocalizedText } from './types';

export interface BlindSpotDescriptor {
  kind: BlindSpotKind;
  /** Stable id for reports (SARIF notification descriptors): `unresolved-import`. */
  id: string;
  /** What the kind is, without a count ("imports of project code that resolve to no file"). */
  title: LocalizedText;
  /** "N imports resolve to no file" — with the count. */
  count(n: number): LocalizedText;
  /** What it costs and what fixes it. */
  hint: LocalizedText;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The kinds in the order reports list them. */
export const blindSpotDescriptors: readonly BlindSpotDescriptor[] = [
  {
    kind: 'untypedFile',
    id: 'untyped-file',
    title: { en: 'Files analysed without type information', ja: '型情報なしで検査したファイル' },
    count: (n) => ({ en: `${plural(n, 'file', 'files')} analysed without type information`, ja: `型情報なしで検査したファイル ${n} 件` }),
    hint: {
      en: 'findings that need types may be missing there. Give them a tsconfig.json whose `include` covers them, and install the project\'s dependencies (`npm ci`) so the checker can load their types.',
      ja: 'これらのファイルでは型情報が必要な指摘が漏れている可能性があります。`include` でこれらを含む tsconfig.json を用意し、型を読み込めるようにプロジェクトの依存関係をインストール（`npm ci`）してください。',
    },
  },
  {
    kind: 'unresolvedImport',
    id: 'unresolved-import',
    title: { en: 'Imports of project code that resolve to no file', ja: '解決できないプロジェクト内の import' },
    count: (n) => ({ en: `${plural(n, 'import', 'imports')} of project code resolved to no file`, ja: `解決できなかったプロジェクト内の import ${n} 件` }),
    hint: {
      en: 'data that flows through them is not followed. Add the alias to `compilerOptions.paths` in tsconfig.json (or the tsconfig it `extends`), check the workspace package\'s `exports`/`main`, or fix the path.',
      ja: 'その先のデータの流れは追跡されません。tsconfig.json（または `extends` 先）の `compilerOptions.paths` にエイリアスを追加するか、ワークスペースパッケージの `exports`/`main` を確認するか、パスを修正してください。',
    },
  },
  {
    kind: 'unknownReceiver',
    id: 'unknown-receiver',
    title: { en: 'Calls on receivers of unknown type', ja: '型が不明なレシーバーの呼び出し' },
    count: (n) => ({ en: `${plural(n, 'call', 'calls')} on a receiver of unknown type`, ja: `型が不明なレシーバーの呼び出し ${n} 件` }),
    hint: {
      en: 'whether they send personal data to a log or a third party cannot be told. Install the project\'s dependencies (`npm ci`) so the SDKs\' types load, or give the receiver a type.',
      ja: 'ログや第三者へ個人データを送っているか判断できません。SDK の型を読み込めるようにプロジェクトの依存関係をインストール（`npm ci`）するか、レシーバーに型を付けてください。',
    },
  },
  {
    kind: 'depthLimit',
    id: 'depth-limit',
    title: { en: 'Flows cut at the analysis\'s depth limit', ja: '解析の深さの上限で打ち切ったデータの流れ' },
    count: (n) => ({ en: `${plural(n, 'flow', 'flows')} cut at the analysis's depth limit`, ja: `解析の深さの上限で打ち切ったデータの流れ ${n} 件` }),
    hint: {
      en: 'findings past that point may be missing. A shorter chain is followed whole: call the logger or client closer to where the data is, or pass on only the fields that are needed.',
      ja: 'その先の指摘が漏れている可能性があります。連鎖が短ければ最後まで追跡されます。データのある場所の近くでロガーやクライアントを呼ぶか、必要な項目だけを渡してください。',
    },
  },
];

/** Why a file was analysed without types, in words (`BlindSpot.detail` of `untypedFile`). */
export function untypedReason(detail: string | undefined): LocalizedText {
  switch (detail) {
    case 'no-tsconfig': return { en: 'no tsconfig.json covers it', ja: 'どの tsconfig.json にも含まれていません' };
    case 'tsconfig-unusable': return { en: 'its tsconfig.json could not be used', ja: 'tsconfig.json を使用できませんでした' };
    case 'checker-failed': return { en: 'the type checker failed on it', ja: '型検査器が失敗しました' };
    case 'too-deep': return { en: 'it is nested too deeply for the type checker', ja: '入れ子が深すぎて型検査できません' };
    default: return { en: 'no type information', ja: '型情報がありません' };
  }
}
