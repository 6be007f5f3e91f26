import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksToText, check, rules } from '../../plugin/shared/attribution';
import { formatMessage, RULES_DOC } from '../../plugin/shared/attribution/check/report';
import { quote, source, statistic, story } from './helpers';

const ROOT = join(__dirname, '../..');

const BODY =
  'The Harbor Alliance, a coalition of marinas, asked for aid.\n\n' +
  '"These repairs come only days after the storm," Mayor Ana Ortiz said.\n\n' +
  '"We can’t wait," she said.';
const ortiz = source('Ana Ortiz');

describe('blocksToText', () => {
  it('joins paragraphs with a blank line and reads nested text nodes', () => {
    const text = blocksToText([
      { type: 'paragraph', children: [{ type: 'text', text: 'One ' }, { type: 'link', children: [{ type: 'text', text: 'two' }] }] },
      { type: 'image' },
      { type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: 'three' }] }] },
    ]);
    expect(text).toBe('One two\n\nthree');
  });
});

describe('check', () => {
  it('finds nothing wrong in a well-attributed story', () => {
    const s = story(BODY, {
      quotes: [quote('These repairs come only days after the storm', ortiz), quote("We can't wait", ortiz)],
    });
    expect(check(s)).toEqual([]);
  });

  it('returns findings sorted by position, severity, code and documentId, the same every time', () => {
    const s = story(BODY, {
      quotes: [quote('We can’t wait', null, { documentId: 'b' }), quote('These repairs come only days after the storm', null, { documentId: 'a' })],
      statistics: [statistic({ source: null })],
    });
    const findings = check(s);
    const starts = findings.map((f) => f.start ?? Infinity);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    expect(findings[findings.length - 1]!.code).toBe('STATISTIC_NOT_IN_BODY');
    expect(check(s)).toEqual(findings);
  });

  it('exposes every rule with a stable id, severity and description', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[A-Z_]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });

  it('has a test file and a section of the rules reference for every rule, linked from its findings', () => {
    const reference = readFileSync(join(ROOT, RULES_DOC), 'utf8');
    for (const rule of rules) {
      const file = `${rule.id.toLowerCase().replace(/_/g, '-')}.test.ts`;
      expect({ rule: rule.id, testFile: existsSync(join(__dirname, 'rules', file)) }).toEqual({ rule: rule.id, testFile: true });
      expect(reference).toContain(`\n## ${rule.id}\n`);
      expect(rule.meta.docs).toBe(`${RULES_DOC}#${rule.id.toLowerCase()}`);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    }
  });

  it('fills each finding’s message from its rule’s declared template and data, so the admin can translate it whole', () => {
    const s = story(BODY, {
      quotes: [quote('These repairs come only weeks after the storm', null), quote("We can't wait", source('Luis Grant')), quote('Not there at all, not anywhere', source('Ana Ortiz', { title: null, kind: 'anonymous' }))],
      statistics: [statistic({ source: null, valueText: '53 percent', derivation: 'percent-decrease', baseline: { documentId: 'b', value: 100, valueText: '100' }, comparison: { documentId: 'c', value: 60, valueText: '60' } })],
    });
    const findings = check(s);
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(6);
    for (const f of findings) {
      const rule = rules.find((r) => r.id === f.code)!;
      const template = rule.meta.messages[f.messageId!];
      expect({ code: f.code, filled: template && formatMessage(template, f.data ?? {}) }).toEqual({ code: f.code, filled: f.message });
      expect(f.message).not.toMatch(/\{\{/);
      expect(f.docs).toBe(rule.meta.docs);
    }
  });
});
