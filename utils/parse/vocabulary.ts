/**
 * The parser's vocabulary, in one table: header labels, section headings, clearances, bullet
 * glyphs, page headings, reference shapes and NATO bodies, in English and French, as the real
 * notices in test/fixtures/vacancies/ print them. Every pattern of the parser that names a word
 * of a notice is compiled from here (vocabulary.test.ts checks that each entry is met in some
 * fixture), so a new word is added once and every reader knows it.
 *
 * Entries are regular-expression sources (so "Salary \\(Pay Basis\\)" escapes its brackets).
 */

export type HeaderKey =
  | 'location' | 'organisation' | 'schedule' | 'deadline' | 'salary' | 'grade' | 'clearance' | 'jobNumber' | 'description'
  | 'title' | 'reference' | 'division' | 'posting' | 'ignored';
export type VocabularyLanguage = 'en' | 'fr';

export interface LabelEntry {
  key: HeaderKey;
  lang: VocabularyLanguage | 'any';
  source: string;
  /**
   * Portal labels are found anywhere in a header, even glued to the value before them; the
   * labels of other templates and of job boards ("Location:", "TITLE:") count only at the start
   * of a line, followed by a colon or by the end of the line.
   */
  lineStart?: true;
  /** A label only a header prints: where several follow each other, re-flow cuts lines before them. */
  strong?: true;
}

// Longest first where one label starts another ("Salary (Pay Basis)" before "Salary").
/** The words a notice prints before "salary" ("Basic monthly salary", "Annual salary"), in small letters. */
export const SALARY_WORDS: readonly string[] = ['basic', 'monthly', 'annual', 'yearly', 'net', 'gross', 'starting'];
const SALARY_WORDS_AS_LABEL = SALARY_WORDS.map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|');

export const HEADER_LABELS: readonly LabelEntry[] = [
  { key: 'location', lang: 'en', source: 'Primary Location', strong: true },
  { key: 'ignored', lang: 'en', source: 'Other Locations' },
  // "NATO Body" on the portal; a line starting with the word "Organisation" is a heading.
  { key: 'organisation', lang: 'en', source: 'NATO Body', strong: true },
  // The older portal's label for the same field.
  { key: 'organisation', lang: 'en', source: 'Organizational Element', strong: true },
  { key: 'schedule', lang: 'en', source: 'Schedule' },
  { key: 'deadline', lang: 'en', source: 'Application Deadline', strong: true },
  { key: 'deadline', lang: 'en', source: 'Application Closing Date|Closing Date' },
  { key: 'salary', lang: 'en', source: 'Salary \\(Pay Basis\\)', strong: true },
  { key: 'salary', lang: 'en', source: 'Basic [Mm]onthly [Ss]alary|Salary' },
  { key: 'clearance', lang: 'en', source: 'Clearance Level', strong: true },
  { key: 'clearance', lang: 'en', source: 'Security Clearance Required|Security Clearance' },
  { key: 'jobNumber', lang: 'en', source: 'Job Number', strong: true },
  { key: 'location', lang: 'fr', source: 'Emplacement principal', strong: true },
  { key: 'organisation', lang: 'fr', source: 'Organisation(?! Summary| and )' },
  { key: 'schedule', lang: 'fr', source: 'Horaire' },
  { key: 'deadline', lang: 'fr', source: 'Date de retrait', strong: true },
  { key: 'salary', lang: 'fr', source: 'Salaire \\(Base de paie\\)', strong: true },
  { key: 'salary', lang: 'fr', source: 'Salaire' },
  { key: 'clearance', lang: 'fr', source: "Niveau de l'habilitation de sécurité", strong: true },
  // "NATO Grade G20" is a value, not a label; "B-Grade level" is a word.
  // "NATO Grade G20" and "NATO SSS Grade G15" are values, not labels; "B-Grade level" is a word.
  { key: 'grade', lang: 'any', source: '(?<!NATO (?:SSS )?|-|No )Grade' },
  { key: 'grade', lang: 'any', source: 'GRADE', lineStart: true },
  // "NATO Grade: B-5" (agencies): a label only before its colon.
  { key: 'grade', lang: 'en', source: 'NATO Grade(?= ?:)', lineStart: true },
  { key: 'description', lang: 'any', source: 'Description(?![a-z])' },
  // Other templates (IMS, agencies, commands) and job boards: at a line start only.
  { key: 'title', lang: 'en', source: 'Post Title|Job [Tt]itle|TITLE|Title|Position|Vacancy|Post', lineStart: true },
  { key: 'location', lang: 'en', source: 'Duty Station|Duty [Ll]ocation|LOCATION|Location', lineStart: true },
  // "Organisation:" starts a line in English and French alike: it says nothing of the language.
  { key: 'organisation', lang: 'any', source: 'Organi[sz]ation', lineStart: true },
  // "Division" is the same word in English and French: it says nothing of the language.
  { key: 'division', lang: 'any', source: 'DIVISION|Division', lineStart: true },
  { key: 'division', lang: 'en', source: 'Division/Office|Directorate', lineStart: true },
  { key: 'deadline', lang: 'en', source: 'Deadline(?: for applications)?|Application deadline|Expiry Date|Closing date(?: for applications)?', lineStart: true },
  // "Required clearance: NATO SECRET", "Clearance: NS".
  { key: 'clearance', lang: 'en', source: 'Required clearance|Security clearance|Clearance', lineStart: true },
  { key: 'posting', lang: 'en', source: 'Job Posting', lineStart: true },
  { key: 'reference', lang: 'en', source: 'Vacancy Reference|Vacancy ref\\.?|VACANCY N°|VACANCY N(?= ?:)|Vacancy Number|Vacancy No\\.?(?![A-Za-z])|Post Number|Requisition #|Ref\\. No\\.?', lineStart: true },
  // "Basic salary:", "Monthly basic salary:", "Annual salary:" (the label may say the period).
  { key: 'salary', lang: 'en', source: `(?:(?:${SALARY_WORDS_AS_LABEL}) ){1,2}[Ss]alary`, lineStart: true },
  { key: 'ignored', lang: 'en', source: 'Contract Type|Contractual Arrangement|Contract Duration|Duty start|Job type|Posted|Category|Company', lineStart: true },
  // A contact line holds telephone numbers: never a title line, never a reference.
  { key: 'ignored', lang: 'en', source: 'Point of Contact', lineStart: true },
  // The same templates in French (agencies' and commands' French-only notices).
  { key: 'title', lang: 'fr', source: 'Intitulé du poste|Titre du poste|Titre', lineStart: true },
  { key: 'location', lang: 'fr', source: "Lieu d'affectation", lineStart: true },
  { key: 'deadline', lang: 'fr', source: 'Date limite de (?:dépôt|réception) des candidatures|Date de clôture', lineStart: true },
  { key: 'grade', lang: 'fr', source: 'Grade OTAN', lineStart: true },
  { key: 'salary', lang: 'fr', source: 'Traitement mensuel de base|Traitement de base mensuel|Salaire mensuel de base', lineStart: true },
  { key: 'clearance', lang: 'fr', source: "Niveau d'habilitation(?: de sécurité)?|Habilitation de sécurité", lineStart: true },
  { key: 'reference', lang: 'fr', source: "Numéro de l'avis de vacance|Avis de vacance n°|Référence de l'avis|Poste n°|Réf\\. n°", lineStart: true },
  { key: 'ignored', lang: 'fr', source: 'Type de contrat', lineStart: true },
];

/** Section headings of a notice body, by what the section holds. */
export type SectionKey = 'banner' | 'summary' | 'context' | 'duties' | 'qualifications' | 'essential' | 'desirable' | 'competencies' | 'contract' | 'remarks' | 'reporting' | 'challenges';

export const SECTION_HEADINGS: readonly { key: SectionKey; lang: VocabularyLanguage; source: string }[] = [
  // The banner above the title; a bilingual notice prints both, "VACANCY NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE".
  { key: 'banner', lang: 'en', source: 'VACANCY NOTIFICATION' },
  { key: 'banner', lang: 'fr', source: 'NOTIFICATION DE (?:LA )?VACANCE(?: D[UE] POSTE)?' },
  { key: 'summary', lang: 'en', source: 'SUMMARY|Summary' },
  { key: 'summary', lang: 'fr', source: 'RÉSUMÉ' },
  { key: 'context', lang: 'en', source: 'POST CONTEXT(?: AND RESPONSIBILITIES|/POST SUMMARY)?|Post Context(?:/Post Summary)?|Organisation Summary and Post Context' },
  { key: 'context', lang: 'fr', source: 'CONTEXTE DU POSTE' },
  { key: 'duties', lang: 'en', source: 'PRINCIPAL DUTIES|Principal Duties|MAIN ACCOUNTABILITIES|DUTIES|Main Responsibilities|Role responsibilities|RESPONSIBILITIES' },
  { key: 'duties', lang: 'fr', source: 'RESPONSABILITÉS PRINCIPALES|FONCTIONS PRINCIPALES|TÂCHES PRINCIPALES' },
  { key: 'qualifications', lang: 'en', source: 'QUALIFICATIONS AND EXPERIENCE|QUALIFICATIONS' },
  { key: 'qualifications', lang: 'fr', source: 'QUALIFICATIONS ET EXPÉRIENCE' },
  { key: 'essential', lang: 'en', source: 'ESSENTIAL|Essential requirements' },
  { key: 'essential', lang: 'fr', source: 'ACQUIS ESSENTIELS|QUALIFICATIONS ESSENTIELLES|Exigences essentielles' },
  { key: 'desirable', lang: 'en', source: 'DESIRABLE' },
  { key: 'desirable', lang: 'fr', source: 'ACQUIS SOUHAITABLES|QUALIFICATIONS SOUHAITABLES' },
  { key: 'competencies', lang: 'en', source: 'COMPETENCIES' },
  { key: 'competencies', lang: 'fr', source: 'COMPÉTENCES' },
  { key: 'reporting', lang: 'en', source: 'INTERRELATIONSHIPS' },
  { key: 'reporting', lang: 'fr', source: 'STRUCTURE ET LIAISONS' },
  { key: 'contract', lang: 'en', source: 'CONTRACT' },
  { key: 'contract', lang: 'fr', source: 'CONTRAT' },
  { key: 'remarks', lang: 'en', source: 'Remarks|ADDITIONAL INFORMATION' },
  { key: 'challenges', lang: 'en', source: 'KEY CHALLENGES' },
];

/**
 * Words of the headings inside a qualifications section ("EDUCATION", "LANGUAGE REQUIREMENTS",
 * "ACQUIS ESSENTIELS"), in any case: a heading with one of them goes on with the essential
 * qualifications instead of ending them (body-fields.ts).
 */
export const QUALIFICATION_SUBHEADINGS: readonly { lang: VocabularyLanguage; source: string }[] = [
  { lang: 'en', source: 'ESSENTIAL|QUALIFICATION|EXPERIENCE|EDUCATION|LANGUAGE|REQUIREMENTS' },
  { lang: 'fr', source: 'ACQUIS ESSENTIELS' },
];

/**
 * Words that make a run of upper-case words a section heading in text that lost its line breaks
 * ("… QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent …", see reflow.ts).
 */
export const HEADING_WORDS: readonly string[] = [
  'SUMMARY', 'DUTIES', 'QUALIFICATIONS', 'ESSENTIAL', 'DESIRABLE', 'CHALLENGES', 'COMPETENCIES', 'CONTRACT',
  'RESPONSIBILITIES', 'ACCOUNTABILITIES', 'CONTEXT', 'INTERRELATIONSHIPS', 'DESCRIPTION', 'INFORMATION',
  'RÉSUMÉ', 'ESSENTIELS', 'ESSENTIELLES', 'SOUHAITABLES', 'COMPÉTENCES', 'CONTRAT', 'RESPONSABILITÉS', 'FONCTIONS', 'TÂCHES', 'CONTEXTE', 'DÉFIS', 'LIAISONS',
];

/** Clearance levels as notices write them, longest first, with the code the record keeps. */
export const CLEARANCES: readonly { code: string; source: string }[] = [
  { code: 'CTS/A', source: 'COSMIC TOP SECRET ?/ ?ATOMAL|CTS/A' },
  { code: 'CTS', source: 'COSMIC TOP SECRET|COSMIC TRÈS SECRET|CTS' },
  { code: 'NS', source: 'NATO SECRET|NS' },
  { code: 'NC', source: 'NATO CONFIDENTIAL|NATO CONFIDENTIEL|NC' },
  { code: 'NR', source: 'NR' },
  { code: 'NU', source: 'NU' },
];

/** Bullet glyphs of every origin (Word symbol fonts in PDFs map to private-use code points). */
export const BULLET_GLYPHS = '•·▪●◦■□‣⁃∙\uf0a7\uf0b7\uf076\uf0d8\uf0fc';

/**
 * Page chrome: the short lines of a job board's or a site's interface around a copied notice
 * (skip links, landmarks, buttons, banners, a board's chips), in any language a board shows. A
 * whole line of these words is never a title (title.ts); matched in any case.
 */
export const PAGE_CHROME: readonly string[] = [
  // English.
  'Skip to (?:main )?content', 'Header', 'Sign in', 'Post a job', 'Apply(?: now)?', 'Save', 'Share this job', 'Report this job', 'Show more',
  'About the job', 'Similar jobs', "This job posting isn't available in all website languages", 'On site', 'Full Time',
  '(?:Posted )?\\d{1,2} (?:days?|hours?|weeks?) ago',
  // French.
  'Aller au contenu principal', 'En-tête', 'Se connecter', 'Publier une annonce gratuitement', 'Postuler', 'Enregistrer', 'Signaler cette offre',
  "Cette offre d'emploi n'est pas disponible dans toutes les langues du site", 'Sur site', 'Temps plein', 'Il y a \\d{1,2} jours?',
  // Italian ("announce for free").
  'Annuncia gratis',
];

/** The portal's page heading before the title ("Job Description - Buyer (261340)"). */
export const PAGE_HEADINGS: readonly { lang: VocabularyLanguage; source: string }[] = [
  { lang: 'en', source: 'Job Description' },
  // Agencies' and commands' notices open with it above their labels ("Vacancy Notice / Vacancy Number: …").
  { lang: 'en', source: 'Vacancy Notice|NATO Civilian Vacancy' },
  { lang: 'fr', source: 'Avis de vacance' },
];

/**
 * Where notices print their reference, as `{label}` (the reference after it) or `{reference}`
 * then the label ("241656 Requisition #"). A reference is a code of letters, digits and
 * `._/-` with at least one digit: `251836`, `NCIA/2024/123`, `ACT_SEC_01`; commands also print
 * it in parts with spaces (`JFCBS 01/25`, `JFC NP 02/2024`), read whole (notice-words.ts).
 * A `post` label prints the number of the post (`Post Number: OJC XXXX 0010`): it is the
 * reference only of a notice that prints no vacancy reference beside it.
 */
export const REFERENCE_SHAPES: readonly { source: string; after?: true; post?: true }[] = [
  { source: 'STAFF VACANCY' },
  { source: 'Vacancy Reference' },
  { source: 'Vacancy ref\\.?' },
  { source: 'VACANCY N°' },
  // The IMS form whose degree sign was lost: "VACANCY N : 160033".
  { source: 'VACANCY N(?= ?:)' },
  { source: 'Vacancy Number' },
  { source: 'Vacancy No\\.?(?![A-Za-z])' },
  { source: 'Post Number', post: true },
  { source: 'Job Number' },
  { source: 'Requisition #' },
  { source: 'Requisition #', after: true },
  // NSPA: "Post N° H-4/ Ref. No 2025_00100".
  { source: 'Ref\\. No\\.?' },
  // "VACANCY NOTICE 250412" (the page heading with the number on its line).
  { source: 'Vacancy Notice' },
  // French agency and command notices.
  { source: "Numéro de l'avis de vacance|Avis de vacance n°|Référence de l'avis" },
  { source: 'Poste n°', post: true },
  { source: 'Réf\\. n°' },
];
export const REFERENCE_CODE = '[A-Za-z0-9](?:[A-Za-z0-9._/-]{1,30}[A-Za-z0-9])';

/**
 * NATO bodies a notice may name in its letterhead or first paragraphs, with the name the record
 * keeps. A name counts as written here or in capitals ("ALLIED JOINT FORCE COMMAND NAPLES", a
 * letterhead; notice-words.ts). `umbrella` bodies (an organisation of several executive bodies)
 * give way to a more specific one named nearby, but not to one only named in a list ("The NCI
 * Organisation is composed of: - … - an Executive Body, the NCI Agency"): a list names the parts,
 * not the employer. The list is the portal's organisation list
 * (test/fixtures/portal/taleo-jobsearch-2023-rendered.html) and the bodies whose notices are in
 * the fixtures; only names NATO itself uses.
 */
export const NATO_BODIES: readonly { name: string; source: string; umbrella?: true }[] = [
  { name: 'NATO International Staff (NATO IS)', source: 'NATO International Staff|International Staff|Secrétariat international' },
  { name: 'International Military Staff (IMS)', source: 'International Military Staff|État-major militaire international|IMS' },
  { name: 'Supreme Headquarters Allied Powers Europe (SHAPE)', source: 'Supreme Headquarters Allied Powers Europe|Grand Quartier général des puissances alliées en Europe|SHAPE' },
  { name: 'Allied Command Transformation (ACT)', source: 'Allied Command Transformation|Headquarters Supreme Allied Commander Transformation|HQ SACT|ACT' },
  // The NCI Organisation is the Agency, its Agency Supervisory Board and that board's Secretariat.
  { name: 'NATO Communications and Information Organisation (NCIO)', source: 'NATO Communications and Information \\(NCI\\) Organisation|NCI Organisation|NCIO', umbrella: true },
  { name: 'NATO Communications and Information Agency (NCIA)', source: "NATO Communications and Information Agency|Agence OTAN d'information et de communication|NCI Agency|NCIA" },
  // The NSPO is the Agency and its Agency Supervisory Board.
  { name: 'NATO Support and Procurement Organisation (NSPO)', source: 'NATO Support and Procurement Organi[sz]ation|NSPO', umbrella: true },
  { name: 'NATO Support and Procurement Agency (NSPA)', source: "NATO Support (?:and|&) Procurement Agency|Agence OTAN de soutien et d'acquisition|NSPA" },
  { name: 'Collaboration Support Office (CSO)', source: 'Collaboration Support Office' },
  { name: 'Centre for Maritime Research and Experimentation (CMRE)', source: 'Centre for Maritime Research and Experimentation|CMRE' },
  { name: 'NATO Science and Technology Organization (STO)', source: 'Science (?:and|&) Technology Organi[sz]ation|STO', umbrella: true },
  { name: 'Allied Air Command (AIRCOM)', source: 'Allied Air Command|AIRCOM' },
  { name: 'Allied Maritime Command (MARCOM)', source: 'Allied Maritime Command|MARCOM' },
  { name: 'Allied Land Command (LANDCOM)', source: 'Allied Land Command|Land Command HQ|LANDCOM' },
  { name: 'Joint Support and Enabling Command (JSEC)', source: 'Joint Support and Enabling Command|JSEC' },
  { name: 'Joint Force Command Brunssum (JFCBS)', source: 'Allied Joint Force Command Brunssum|Joint Force Command Brunssum|JFC Brunssum|JFCBS' },
  { name: 'Joint Force Command Naples (JFCNP)', source: 'Allied Joint Force Command Naples|Joint Force Command Naples|JFC Naples|JFCNP' },
  { name: 'Joint Force Command Norfolk (JFCNF)', source: 'Allied Joint Force Command Norfolk|Joint Force Command Norfolk|JFC Norfolk|JFCNF' },
  { name: 'NATO Airborne Early Warning and Control Force (NAEW&CF)', source: 'NATO Airborne Early Warning (?:and|&) Control Force|NAEW ?& ?C Force|NAEW&CF' },
  { name: 'NATO Special Operations Headquarters (NSHQ)', source: 'NATO Special Operations Headquarters|NSHQ' },
  { name: 'BICES Group Executive (BGX)', source: 'BICES Group Executive|BGX' },
  { name: 'NATO Standardization Office (NSO)', source: 'NATO Standardi[sz]ation Office' },
  { name: 'Defence Innovation Accelerator for the North Atlantic (DIANA)', source: 'Defence Innovation Accelerator for the North Atlantic|DIANA' },
  { name: 'NATO Innovation Fund (NIF)', source: 'NATO Innovation Fund' },
  { name: 'Joint Warfare Centre (JWC)', source: 'Joint Warfare Centre|JWC' },
  { name: 'Joint Force Training Centre (JFTC)', source: 'Joint Force Training Centre|JFTC' },
  { name: 'Joint Analysis and Lessons Learned Centre (JALLC)', source: 'Joint Analysis and Lessons Learned Centre|JALLC' },
  { name: 'NATO CIS Group (NCISG)', source: 'NATO CIS Group|NATO Communication and Information Systems Group|NCISG' },
  { name: 'NATO Defense College (NDC)', source: "NATO Defen[cs]e College|Collège de défense de l'OTAN" },
  { name: 'NATO Mission Iraq (NMI)', source: 'NATO Mission in Iraq|NATO Mission Iraq' },
  { name: 'NATO Headquarters Sarajevo (NHQSa)', source: 'NATO Headquarters Sarajevo|HQ Sarajevo' },
  { name: 'NATO Alliance Ground Surveillance Management Agency (NAGSMA)', source: 'NATO Alliance Ground Surveillance Management Agency|NAGSMA' },
  { name: 'NATO Alliance Ground Surveillance Force (NAGSF)', source: 'NATO Alliance Ground Surveillance Force|NAGSF' },
  { name: 'NATO Eurofighter and Tornado Management Agency (NETMA)', source: 'NATO Eurofighter (?:and|&) Tornado Management Agency|NETMA' },
  { name: 'NATO Helicopter Management Agency (NAHEMA)', source: 'NATO Helicopter Management Agency|NAHEMA' },
];

/** One alternation of sources, as a non-capturing group. */
export function anyOf(sources: readonly string[]): string {
  return `(?:${sources.join('|')})`;
}

/**
 * Duty stations whose local time a notice may name for its closing time ("12:00 hrs (noon) Rome
 * time on 20 March 2026", "heure de Luxembourg"), with their IANA zone. Brussels and the zone
 * abbreviations are in dates.ts.
 */
export const STATION_ZONES: readonly { source: string; zone: string }[] = [
  { source: 'Mons|Casteau', zone: 'Europe/Brussels' },
  { source: 'Luxembourg|Capellen', zone: 'Europe/Luxembourg' },
  { source: 'The Hague|Den Haag|La Haye|Brunssum', zone: 'Europe/Amsterdam' },
  { source: 'Rome|Naples|Napoli|La Spezia|Poggio Renatico|Solbiate Olona', zone: 'Europe/Rome' },
  { source: 'Norfolk|Washington', zone: 'America/New_York' },
  { source: 'Stavanger|Oslo', zone: 'Europe/Oslo' },
  { source: 'London|Northwood', zone: 'Europe/London' },
  { source: 'Ramstein|Geilenkirchen|Kalkar|Uedem|Oberammergau|Ulm|Wesel', zone: 'Europe/Berlin' },
  { source: 'Bydgoszcz|Warsaw', zone: 'Europe/Warsaw' },
  { source: 'Izmir|Istanbul|Ankara', zone: 'Europe/Istanbul' },
  { source: 'Lisbon|Oeiras', zone: 'Europe/Lisbon' },
  { source: 'Madrid|Torrej[oó]n', zone: 'Europe/Madrid' },
  { source: 'Paris', zone: 'Europe/Paris' },
];

/**
 * How the line of a duty station under a letterhead ends ("Capellen, Luxembourg", "Norfolk, VA"),
 * besides the names of NATO's member states (utils/readiness/nato-members.ts): the places of
 * NATO posts outside them and the short forms notices use.
 */
export const PLACE_ENDINGS: readonly string[] = [
  'The Netherlands', 'Nederland', 'Deutschland', 'Italia', 'USA', 'United States of America', 'UK', 'VA', 'Virginia',
  'Ukraine', 'Georgia', 'Bosnia and Herzegovina', 'Kosovo', 'Iraq', 'Republic of Moldova', 'Moldova', 'Serbia', 'Tunisia', 'Jordan',
];
