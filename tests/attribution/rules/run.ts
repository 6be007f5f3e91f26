import { check, rules, type Finding } from '../../../plugin/shared/attribution';
import type { Story } from '../../../plugin/shared/contracts/story';
import { source } from '../helpers';

/** The findings one rule gives for a story, through `check` as the server and admin call it. */
export function findingsOf(ruleId: string, story: Story): Finding[] {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return check(story, { rules: [rule] });
}

export const BODY =
  'The Harbor Alliance, a coalition of marinas, asked for aid.\n\n' +
  '"These repairs come only days after the storm," Mayor Ana Ortiz said.\n\n' +
  '"We can’t wait," she said.';
export const ortiz = source('Ana Ortiz');
