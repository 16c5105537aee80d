import type { Block } from './blocks';
import { sectionBlocks } from './blocks';

/**
 * The listed items of a notice: key challenges (one per bullet, whole sentences re-joined by the
 * block builder) and the competency lines.
 */

const CHALLENGES_HEADING = /KEY CHALLENGES|PRINCIPAUX D[ÉE]FIS|D[ÉE]FIS CL[ÉE]S/i;
const CHALLENGES_INTRO = /\bkey challenges\b.{0,120}?(?:facing|include|below|are|:)|\b(?:principaux|trois|des) d[ée]fis\b.{0,160}?(?:relever|suivants|:)/i;
const COMPETENCIES_HEADING = /COMPETENCIES|COMP[ÉE]TENCES/i;
const ITEM_END = /\s*(?:[;,]\s*(?:and|et)?|\s(?:and|et))\s*$/;
const COMPETENCY_END = /[\s;,.]+$/;
const NAMED_LINE = /^[^:]{2,60}\s?:\s?\S/;
/** How many paragraphs may sit between an intro and its bullets. */
const MAX_GAP = 2;

function bulletsAfter(blocks: readonly Block[], from: number): string[] {
  const items: string[] = [];
  let gap = 0;
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined) break;
    if (block.kind === 'bullet') {
      items.push(block.text.replace(ITEM_END, '').trim());
      continue;
    }
    if (items.length > 0 || block.kind === 'heading' || ++gap > MAX_GAP) break;
  }
  return items.filter((t) => t !== '');
}

/** The key challenges listed after a "Key challenges" heading or intro sentence. */
export function findKeyChallenges(blocks: readonly Block[]): string[] {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined || block.kind === 'bullet') continue;
    const mentions = block.text.includes('hallenge') || block.text.includes('HALLENGE') || block.text.includes('éfis') || block.text.includes('ÉFIS');
    if (!mentions) continue;
    const intro = block.kind === 'heading' ? CHALLENGES_HEADING.test(block.text) : CHALLENGES_INTRO.test(block.text);
    if (!intro) continue;
    const items = bulletsAfter(blocks, i + 1);
    if (items.length > 0) return items;
  }
  return [];
}

/** The competency lines ("Analytical Thinking: Makes complex plans or analyses"). */
export function findCompetencies(blocks: readonly Block[]): string[] {
  const section = sectionBlocks(blocks, COMPETENCIES_HEADING);
  const bullets = section.filter((b) => b.kind === 'bullet');
  const lines = bullets.length > 0 ? bullets : section.filter((b) => b.kind === 'text' && NAMED_LINE.test(b.text) && !b.text.endsWith(':'));
  return lines.map((b) => b.text.replace(COMPETENCY_END, '').trim()).filter((t) => t !== '');
}
