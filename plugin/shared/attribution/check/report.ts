import type { Finding, Rule } from '../types';

/** Where the rules reference lives, relative to the repository root; each rule has an anchor there. */
export const RULES_DOC = 'plugin/shared/attribution/RULES.md';

/** The docs link of a rule: its heading in RULES.md (GitHub anchors lower-case the id). */
export function docsFor(ruleId: string): string {
  return `${RULES_DOC}#${ruleId.toLowerCase()}`;
}

/** Fills `{{name}}` placeholders the way ESLint does for `meta.messages`. */
export function formatMessage(template: string, data: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

type Placement = Pick<Finding, 'target' | 'start' | 'end'> & { severity?: Finding['severity'] };

/**
 * A finding from one of the rule's declared messages: `message` is the English text (what current
 * consumers show), `messageId` + `data` let the admin translate the whole message.
 */
export function report(rule: Rule, messageId: string, data: Record<string, unknown>, placement: Placement): Finding {
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`${rule.id}: no message "${messageId}" in meta.messages`);
  const finding: Finding = {
    code: rule.id,
    severity: placement.severity ?? rule.severity,
    message: formatMessage(template, data),
    messageId,
    docs: rule.meta.docs,
    target: placement.target,
    data,
  };
  if (placement.start !== undefined) finding.start = placement.start;
  if (placement.end !== undefined) finding.end = placement.end;
  return finding;
}
