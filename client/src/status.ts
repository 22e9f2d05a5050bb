/**
 * The status bar item: how many Privacy Lint findings the Problems view holds, and whether the server is starting,
 * running, stopped or unhappy with the configuration (`privacy-lint/status`).
 */
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { findingsLine } from './counts';
import { DIAGNOSTIC_SOURCE, type ServerStatusParams } from './protocol';

/** Recounting walks every diagnostic in the window, so bursts of changes (a workspace scan) are coalesced. */
const RECOUNT_DELAY_MS = 100;

/** The `$(shield) Privacy Lint: N` item on the right of the status bar. */
export class FindingsStatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private clientState: State = State.Starting;
  private serverStatus: ServerStatusParams = { state: 'ok' };
  private findings = 0;
  private recountTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.item = vscode.window.createStatusBarItem('privacyLint.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Privacy Lint');
    this.subscriptions.push(vscode.languages.onDidChangeDiagnostics(() => this.scheduleRecount()));
    // `privacyLint.enable` is per folder: the item says "off" for the file in front of the user.
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
    this.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('privacyLint.enable')) this.render();
    }));
    this.findings = countFindings();
    this.render();
    this.item.show();
  }

  /** Follows the language client: starting, running or stopped. */
  setClientState(state: State): void {
    this.clientState = state;
    // A (re)started server reports its own status again; the old one no longer holds.
    if (state !== State.Running) this.serverStatus = { state: 'ok' };
    this.render();
  }

  /** Takes the server's `privacy-lint/status` notification. */
  setServerStatus(status: ServerStatusParams): void {
    this.serverStatus = status;
    this.render();
  }

  dispose(): void {
    if (this.recountTimer) clearTimeout(this.recountTimer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }

  private scheduleRecount(): void {
    if (this.recountTimer) return;
    this.recountTimer = setTimeout(() => {
      this.recountTimer = undefined;
      this.findings = countFindings();
      this.render();
    }, RECOUNT_DELAY_MS);
  }

  private render(): void {
    const item = this.item;
    item.backgroundColor = undefined;
    item.command = 'workbench.actions.view.problems';
    const countLine = findingsLine(this.findings, vscode.l10n);
    if (this.clientState === State.Starting) {
      item.text = `$(sync~spin) ${vscode.l10n.t('Privacy Lint')}`;
      item.tooltip = vscode.l10n.t('The Privacy Lint server is starting.');
      return;
    }
    if (this.clientState === State.Stopped) {
      item.text = `$(error) ${vscode.l10n.t('Privacy Lint')}`;
      item.tooltip = vscode.l10n.t('The Privacy Lint server is not running. Click to show its output.');
      item.command = 'privacyLint.showOutput';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      return;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (document && !vscode.workspace.getConfiguration('privacyLint', document.uri).get<boolean>('enable', true)) {
      item.text = `$(circle-slash) ${vscode.l10n.t('Privacy Lint: off')}`;
      item.tooltip = vscode.l10n.t('Privacy Lint is turned off for this file (privacyLint.enable).');
      item.command = { title: '', command: 'workbench.action.openSettings', arguments: ['privacyLint.enable'] };
      return;
    }
    const { state, message } = this.serverStatus;
    const icon = state === 'error' ? '$(error)' : state === 'warning' ? '$(warning)' : '$(shield)';
    item.text = `${icon} ${vscode.l10n.t('Privacy Lint: {0}', this.findings)}`;
    item.tooltip = message ? `${message}\n\n${countLine}` : countLine;
    if (state === 'error') item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    else if (state === 'warning') item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  }
}

/**
 * Privacy findings across the window, whichever model (push or pull) delivered them. Problems of privacy-lint.json
 * itself are not findings: the status (error state and tooltip) reports those.
 */
function countFindings(): number {
  let count = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      const code = typeof d.code === 'object' ? d.code.value : d.code;
      if (d.source === DIAGNOSTIC_SOURCE && code !== 'config-error') count++;
    }
  }
  return count;
}
