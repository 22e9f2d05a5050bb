/**
 * Sentences with a count, singular or plural (no `vscode` import, so they are tested without VS Code). The caller
 * passes `vscode.l10n`; Japanese has one form, English two ("1 privacy finding", "2 privacy findings").
 */
export interface L10n {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** The status bar tooltip's first line. */
export function findingsLine(findings: number, l10n: L10n): string {
  return findings === 1
    ? l10n.t('1 privacy finding. Click to open the Problems view.')
    : l10n.t('{0} privacy findings. Click to open the Problems view.', findings);
}

/** After Scan Workspace. */
export function scanSummary(files: number, findings: number, l10n: L10n): string {
  if (files === 1) {
    return findings === 1
      ? l10n.t('Privacy Lint: scanned 1 file, 1 finding.')
      : l10n.t('Privacy Lint: scanned 1 file, {0} findings.', findings);
  }
  return findings === 1
    ? l10n.t('Privacy Lint: scanned {0} files, 1 finding.', files)
    : l10n.t('Privacy Lint: scanned {0} files, {1} findings.', files, findings);
}
