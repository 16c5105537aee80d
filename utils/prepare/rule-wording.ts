import type { Worded } from '../essay/finding';
import type { NoticeRule, Preparation } from '../record/preparation-schema';

/** Where a rule is shown: each view shows the rules that bite there. */
export type RulePlace = 'capture' | 'answers' | 'essay';

const SHOWN_IN: Record<NoticeRule['kind'], readonly RulePlace[]> = {
  // The AI clause concerns every part of the application: the panel, the answers, the essay.
  aiTools: ['capture', 'answers', 'essay'],
  textBoxesOnly: ['capture', 'answers'],
  applicationLanguage: ['capture', 'answers', 'essay'],
};

/** A rule as a catalogue text and its values; the languages are catalogue keys' values too. */
export function ruleText(rule: NoticeRule): Worded {
  switch (rule.kind) {
    case 'aiTools': {
      const rejected = rule.rejection === 'may' ? 'May' : 'Will';
      return { key: rule.translation ? `prpRuleAiTranslation${rejected}` : `prpRuleAi${rejected}` };
    }
    case 'textBoxesOnly':
      return { key: 'prpRuleTextBoxes' };
    case 'applicationLanguage':
      return { key: rule.languages?.length === 1 ? (rule.languages[0] === 'fr' ? 'prpRuleLanguageFr' : 'prpRuleLanguageEn') : 'prpRuleLanguageEnFr' };
  }
}

/** The notice's rules to show at a place, in the notice's order. */
export function rulesFor(preparation: Preparation | undefined, place: RulePlace): NoticeRule[] {
  return (preparation?.rules ?? []).filter((rule) => SHOWN_IN[rule.kind].includes(place));
}
