import type { Block } from './blocks';
import { COUNT_SOURCE, parseCount } from './numbers';

/**
 * Multi-post competitions: how many posts are filled and which ones
 * ("- Head, NATO Affairs and Security Policy Section (G22) (PASP0109)").
 */

export interface Post {
  title: string;
  grade?: string;
  code?: string;
}

const POST_LINE = /^([^()]{3,150}?)\s*\(\s*((?:NATO Grade\s+)?(?:G\d{1,2}(?:\s*[-/]\s*G\d{1,2})?|[ABCL]\.?\d))\s*\)\s*\(\s*([A-Z]{2,8}\d{2,6})\s*\)/;
const POSTS_IN_TITLE = /\(\s*(\d{1,2})\s+(?:posts?|postes?)\s*\)/gi;
const STATED_COUNT = new RegExp(
  `\\b(?:hire|recruit|recruiting(?: for)?|fill|engager|recruter)\\s+(${COUNT_SOURCE})\\s+(?:[\\w'-]+\\s+){0,3}?(?:candidates|posts|positions|vacancies|persons|people|personnes|postes)\\b` +
    `|\\b(${COUNT_SOURCE})\\s+(?:vacant\\s+)?(?:posts|positions|vacancies)\\s+(?:are|will be)\\b` +
    // Commands' and agencies' pools: "Competition for 3 positions", "a competition for two posts of Assistant".
    `|\\bcompetition for\\s+(${COUNT_SOURCE})\\s+(?:[\\w'-]+\\s+){0,2}?(?:posts|positions|vacancies)\\b` +
    // A header line: "Number of posts: 2", "Nombre de postes : 2".
    `|\\b(?:number of (?:posts|positions|vacancies)|nombre de postes)[ \\t]*:?[ \\t]*(${COUNT_SOURCE})(?![\\w-])`,
  'i',
);
const PARENTHESISED_GRADE = /^NATO Grade\s+/i;
const MORE_POSTS = new RegExp(`\\s*(?:,|and|et)\\s+(${COUNT_SOURCE})\\s+(?:[\\w/'-]+\\s+){0,3}?(?:posts?|positions?|vacanc(?:y|ies)|postes?)\\b`, 'iy');
const POST_CODE = /\(\s*[A-Z]{2,8}\d{2,6}\s*\)/;
/** Competitions state their size up front (intro, summary); scanning the whole notice costs too much. */
const STATED_COUNT_SCOPE = 6000;
const COUNT_HINTS = ['hire', 'ecruit', 'fill', 'engager', 'posts', 'postes', 'positions', 'vacancies'];

/** The individual posts listed with a grade and a post code, each once. */
export function findPosts(blocks: readonly Block[]): Post[] {
  const posts: Post[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || !POST_CODE.test(block.text)) continue;
    const m = POST_LINE.exec(block.text);
    if (!m) continue;
    const code = m[3] ?? '';
    if (posts.some((p) => p.code === code)) continue;
    posts.push({ title: (m[1] ?? '').trim(), grade: (m[2] ?? '').replace(PARENTHESISED_GRADE, ''), code });
  }
  return posts;
}

// A listed post: "i. Assistant, Information Support and Archiving Section (ISAS) – 3 vacancies;",
// "- Assistant (Registry) (B3/G8) - 2 vacancies", "1) Head, Budget Section – NATO Grade G20".
const LIST_MARK = /^(?:[ivx]{1,5}\.?\s*|\d{1,2}[.)]\s*|\(?[a-z]\)\s*)?/;
// A twin grade may drop its second G: "G15/17".
const GRADE_SOURCE = '(?:NATO Grade\\s+)?(?:[ABCL][.-]?\\d\\s*/\\s*G-?\\d{1,2}|G-?\\d{1,2}(?:\\s*[-/]\\s*G?-?\\d{1,2})?|[ABCL][.-]?\\d)';
// Commands print a post's number after it: "- Assistant (Plans), B-4/G10, post OAC BXXX 0020".
const POST_NUMBER_SOURCE = '[A-Z]{2,6}(?: [A-Z]{2,6}){0,2} \\d{3,4}';
const LISTED_POST = new RegExp(
  `^(.{3,150}?)(?:\\s*[(,]\\s*(${GRADE_SOURCE})\\s*\\)?|\\s+[-–—]\\s*(${GRADE_SOURCE}))?(?:\\s*[-–—:]\\s*(${COUNT_SOURCE})\\s+(?:vacanc(?:y|ies)|posts?|positions?|postes?))?` +
    `(?:\\s*[,;(–—-]\\s*(?:[Pp]ost(?: [Nn]umber)?:?\\s+)?(${POST_NUMBER_SOURCE})\\)?)?\\s*[;.,]?\\s*$`,
  'i',
);
const MAX_LISTED_POSTS = 30;
/** Cheap test first: a listed post names a grade or a number of vacancies, in digits. */
const LISTED_POST_HINT = /\d/;

export interface ListedPosts {
  posts: Post[];
  /** The sum of the counts printed beside the posts (each post counts 1 when none is printed). */
  positions: number;
}

/**
 * A competition's posts listed one a line, each with its own grade or its own number of
 * vacancies; null unless at least two such lines follow each other.
 */
export function findListedPosts(blocks: readonly Block[]): ListedPosts | null {
  let best: ListedPosts | null = null;
  let run: ListedPosts = { posts: [], positions: 0 };
  const close = () => {
    if (run.posts.length >= 2 && (best === null || run.posts.length > best.posts.length)) best = run;
    run = { posts: [], positions: 0 };
  };
  for (const block of blocks) {
    const line = block.text.replace(LIST_MARK, '');
    const m = block.kind === 'heading' || line.length > 200 || !LISTED_POST_HINT.test(line) ? null : LISTED_POST.exec(line);
    const grade = m?.[2] ?? m?.[3];
    const count = m?.[4] === undefined ? null : parseCount(m[4]);
    if (m === null || (grade === undefined && count === null)) {
      close();
      continue;
    }
    if (run.posts.length >= MAX_LISTED_POSTS) continue;
    const post: Post = { title: (m[1] ?? '').trim() };
    if (grade !== undefined) post.grade = grade.replace(PARENTHESISED_GRADE, '');
    if (m[5] !== undefined) post.code = m[5];
    run.posts.push(post);
    run.positions += count ?? 1;
  }
  close();
  return best;
}

/** How many posts the competition fills, when the notice says (title "(1 post) & … (1 post)", "hire two candidates"). */
export function findStatedPositions(title: string, text: string): number | null {
  let inTitle = 0;
  for (const m of title.matchAll(POSTS_IN_TITLE)) inTitle += Number(m[1]);
  if (inTitle > 0) return inTitle;
  const opening = text.slice(0, STATED_COUNT_SCOPE);
  const lower = opening.toLowerCase();
  if (!COUNT_HINTS.some((hint) => lower.includes(hint))) return null;
  const m = STATED_COUNT.exec(opening);
  if (m === null) return null;
  let total = parseCount(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  // "two grade G17 posts and one G15/17 post": every count of the run is added.
  MORE_POSTS.lastIndex = m.index + m[0].length;
  for (let more = MORE_POSTS.exec(opening); more !== null && total !== null; more = MORE_POSTS.exec(opening)) {
    const count = parseCount(more[1] ?? '');
    if (count === null) break;
    total += count;
  }
  return total;
}
