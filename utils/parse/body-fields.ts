import type { Requirements } from '../record/requirements';
import type { EssayRules, LanguageLevel } from '../record/vacancy-record';
import { findAssessments } from './assessments';
import type { Block } from './blocks';
import { blocksText, sectionBlocks } from './blocks';
import type { ContractTerms } from './contract';
import { findContract } from './contract';
import { findEssay } from './essay';
import { findMinExperienceYears } from './experience';
import { findLanguageProfile, findLanguageRequirement } from './languages';
import { findCompetencies, findKeyChallenges } from './lists';
import type { Post } from './posts';
import { findListedPosts, findPosts, findStatedPositions } from './posts';
import { findRequirements } from './requirements';
import { QUALIFICATION_SUBHEADING, sectionPattern } from './notice-words';
import { warningText } from './warning-templates';

/** The facts read from a notice's body: requirements, posts, essay, challenges, steps, contract. */

export interface BodyFacts {
  languageRequirement: { primary: LanguageLevel; secondary: LanguageLevel | null } | null;
  languageProfile: string | null;
  minExperienceYears: number | null;
  positions: number;
  posts: Post[];
  essay: EssayRules | null;
  keyChallenges: string[];
  assessments: string[];
  contract: ContractTerms | null;
  competencies: string[];
  requirements: Requirements;
}

const QUALIFICATIONS = sectionPattern(['qualifications', 'essential']);
const DESIRABLE = sectionPattern(['desirable'], true);
const CONTRACT = sectionPattern(['contract']);

/** The essential qualifications: the qualifications section up to its "DESIRABLE" part. */
function essentialBlocks(blocks: readonly Block[]): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && QUALIFICATIONS.test(b.text));
  const out: Block[] = [];
  if (start < 0) {
    // Free-form notice: everything except desirable parts.
    let skipping = false;
    for (const b of blocks) {
      if (DESIRABLE.test(b.text)) skipping = true;
      else if (b.kind === 'heading') skipping = false;
      if (!skipping) out.push(b);
    }
    return out;
  }
  const major = blocks[start]?.major ?? false;
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b === undefined || DESIRABLE.test(b.text)) break;
    if (b.kind === 'heading' && (b.major || (!major && !QUALIFICATION_SUBHEADING.test(b.text)))) break;
    out.push(b);
  }
  return out;
}

/**
 * Reads the body facts from the main half's blocks (English when there is one). `title` and
 * `reference` come from the header; `deadline` is the essay's fallback due date.
 */
export function readBodyFacts(blocks: readonly Block[], title: string | null, reference: string | null, deadline: string | null, warnings: string[]): BodyFacts {
  const text = blocksText(blocks);
  const essential = blocksText(essentialBlocks(blocks));

  const languageRequirement = findLanguageRequirement(essential) ?? findLanguageRequirement(text);
  const languageProfile = findLanguageProfile(text);
  if (languageRequirement === null && languageProfile === null) {
    warnings.push(warningText('languageNotStated'));
  }

  const minExperienceYears = findMinExperienceYears(essential);
  if (minExperienceYears === null) warnings.push(warningText('experienceNotStated'));

  const coded = findPosts(blocks);
  const listed = coded.length > 0 ? null : findListedPosts(blocks);
  const posts = listed?.posts ?? coded;
  const stated = findStatedPositions(title ?? '', text);
  const positions = Math.max(stated ?? 1, posts.length, listed?.positions ?? 1, 1);
  if (stated !== null && stated < posts.length) warnings.push(warningText('positionsMismatch', { stated, listed: posts.length }));

  const essayReading = findEssay(text, reference, deadline);
  warnings.push(...essayReading.warnings);

  const keyChallenges = findKeyChallenges(blocks);
  if (keyChallenges.length === 0) warnings.push(warningText('noneListed', { field: 'keyChallenges' }));

  const assessments = findAssessments(text);
  if (assessments.length === 0) warnings.push(warningText('noAssessments'));

  const contractSection = sectionBlocks(blocks, CONTRACT);
  const contract = findContract(contractSection.length > 0 ? blocksText(contractSection) : text);
  if (contract === null) warnings.push(warningText('notStated', { field: 'contract' }));
  else {
    if (contract.initialYears === null) warnings.push(warningText('notStated', { field: 'contract.initialYears' }));
    if (contract.renewableYears === null) warnings.push(warningText('notStated', { field: 'contract.renewableYears' }));
    if (contract.maxYears === null) warnings.push(warningText('notStated', { field: 'contract.maxYears' }));
  }

  const competencies = findCompetencies(blocks);
  if (competencies.length === 0) warnings.push(warningText('noneListed', { field: 'competencies' }));

  return {
    languageRequirement,
    languageProfile,
    minExperienceYears,
    positions,
    posts,
    essay: essayReading.essay,
    keyChallenges,
    assessments,
    contract,
    competencies,
    requirements: findRequirements(text, essential),
  };
}
