/** A plain-text account of an import, for the user to download and work through. */
import { capText, cleanText } from './text';
import type { ImportIssue, ImportResult } from './types';

const section = (title: string, issues: readonly ImportIssue[]) =>
  issues.length === 0
    ? []
    : ['', `${title} (${issues.length})`, ...issues.map((i) => `- ${i.message}`)];

export function formatReport(fileName: string, result: ImportResult): string {
  const name = capText(cleanText(fileName), 140) || 'imported file';
  const outcome = result.dataset
    ? `loaded ${result.dataset.events.length} event${result.dataset.events.length === 1 ? '' : 's'}`
    : 'not loaded';
  const lines = [
    'Frontera import report',
    `File: ${name}`,
    `Result: ${outcome}`,
    `Rows without errors: ${result.validRows}`,
  ];
  if (result.droppedRows.length > 0)
    lines.push(
      `Rows with errors${result.dataset ? ' (left out)' : ''}: ${result.droppedRows.join(', ')}`,
    );
  lines.push(...section('Errors', result.errors), ...section('Warnings', result.warnings));
  if (result.errors.length === 0 && result.warnings.length === 0)
    lines.push('', 'No problems found.');
  return `${lines.join('\n')}\n`;
}
