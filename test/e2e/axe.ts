import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './drivers';

/**
 * axe-core, injected into a page by the scenarios: the accessibility rules WCAG 2.x A and AA
 * name, run on what the extension draws (the whole document for its own pages, only its hosts
 * on a portal page, whose own markup is not ours).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The serious and critical violations on `page`, within the elements `include` selects (default: all). */
export async function seriousViolations(page: TestPage, include?: string[]): Promise<Violation[]> {
  await page.evaluateSource(`globalThis.axe ? true : ((() => { ${AXE_SOURCE}\n})(), true)`);
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      const axe = (globalThis as unknown as { axe: AxeLike }).axe;
      const context = include ? { include: include.map((selector) => [selector]) } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target) + ' ' + (node.failureSummary ?? '').replace(/\s+/g, ' ')),
      }));
    },
    { include, tags: TAGS },
  );
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

type AxeLike = {
  run(
    context: unknown,
    options: object,
  ): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] }>;
};
