import type { Story } from '../../contracts/story';
import { rules as allRules } from '../rules';
import { DEFAULT_THRESHOLD, type CheckOptions, type Finding } from '../types';
import { buildContext } from './context';
import { sortFindings } from './sort';

/** Runs every rule (or those given) over a story and returns its findings, sorted. */
export function check(story: Story, options: CheckOptions = {}): Finding[] {
  const context = buildContext(story, options.threshold ?? DEFAULT_THRESHOLD, options.extraction);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) findings.push(...rule.check(context));
  return sortFindings(findings);
}
