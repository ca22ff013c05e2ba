// Run codes typed or pasted as text: any number per line, separated by spaces, commas, semicolons or
// newlines; a share link (`...?code=CODE`) counts as its code. A line of one code after some words
// ("Ada: CODE", or a name and a code copied from two columns of a spreadsheet) names the run with
// them, less the list markers, emphasis and quotes of a chat or a Markdown list ("- **Ada**: CODE");
// other words that look like no code (a stray sentence) make one problem for the line, not one per word.
// A code may end a sentence ("Hal: CODE.") or follow a colon without a space ("Ivy:CODE"). The lines a
// paste's problems name are what stays in the text area after it (keptLines).
import type { Candidate, Parsed, Problem } from './candidate';
import { cleanLabel } from '../text/label';
import { quoted } from '../text/shortened';

/** Spaces, commas, semicolons, and the invisible characters a paste may carry (no code holds any of them). */
const SEPARATORS = /[\s,;\u00AD\u200B-\u200D\u2060]+/u;
/**
 * Quotes, brackets and bold around a code, and the sentence's punctuation after it: a code ends in its
 * checksum, whose characters are letters, digits, "-" and "_" (so "_" is never taken for emphasis).
 */
const WRAPPING_QUOTES = /^["'`“”‘’<(*]+|["'`“”‘’>)*.!?…:]+$/gu;
/** A chat's or a Markdown list's item marker before a name: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_MARKER = /^(?:[-*+•‣◦]|\d{1,3}[.)])\s+/u;
/** Emphasis and quotes around a name, and the colon or dash that ends it. */
const NAME_START = /^[*_"'`“”‘’«»\s]+/u;
const NAME_END = /[*_"'`“”‘’«»:\-–—\s]+$/u;
/** Parts joined by dots, in the characters a code's parts are written with: a code, even a damaged one. */
const CODE_LIKE = /^[\w~-]+(?:\.[\w~-]*)*\.[\w~-]+$/u;

/** The code in a share link, or what was wrong with the link; null when `token` is not a link. */
function codeFromLink(token: string): { code: string } | { error: string } | null {
  const query = token.indexOf('?');
  if (query < 0 && !token.includes('://')) return null;
  const search = token.slice(query + 1).split('#')[0] ?? '';
  const code = new URLSearchParams(search).get('code');
  if (code === null || code.trim() === '') return { error: `the link ${quoted(token)} holds no run code (no “code=” in it)` };
  return { code };
}

/** What is wrong with a line's words that look like no code: all of the line, or some words beside its codes or links. */
function strayWords(line: string, words: readonly string[], codesOrLinks: number): string {
  if (codesOrLinks === 0) return `no run code in ${quoted(line.trim())} (a run code has five parts separated by dots)`;
  return `${quoted(words.join(' '))} on this line is not a run code`;
}

/** The name the words before a line's only code give its run ("Ada:", "Ada –" or "- **Ada**:" names Ada), or null. */
function nameBefore(words: readonly string[]): string | null {
  return cleanLabel(words.join(' ').replace(LIST_MARKER, '').replace(NAME_START, '').replace(NAME_END, ''));
}

/** A word and the code it holds after a colon, as "Ivy:CODE" is written; null when it holds none. */
function codeAfterColon(token: string): { word: string; code: string } | null {
  const colon = token.lastIndexOf(':');
  if (colon <= 0) return null;
  const code = token.slice(colon + 1).replace(WRAPPING_QUOTES, '');
  return CODE_LIKE.test(code) ? { word: token.slice(0, colon + 1), code } : null;
}

/** The lines of a paste, however its line breaks are written: line n of a problem is `linesOf(text)[n - 1]`. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The lines of the text area's `text` that its `problems` name, to leave in it, and the problems
 * numbered by the lines it then holds; all of it, as numbered, when a problem concerns the whole input
 * or is not a line's (a CSV pasted in the box has rows, which a line of their own would not read).
 */
export function keptLines(text: string, problems: readonly Problem[]): { readonly text: string; readonly problems: readonly Problem[] } {
  if (problems.some((p) => p.at === undefined || p.where !== `line ${p.at}`)) return { text, problems };
  const named = [...new Set(problems.map((p) => p.at as number))].sort((a, b) => a - b);
  const lines = linesOf(text);
  const now = new Map(named.map((line, i) => [line, i + 1]));
  const renumbered = problems.map((p) => {
    const at = now.get(p.at as number) as number;
    return { ...p, at, where: `line ${at}` };
  });
  return { text: named.map((line) => lines[line - 1] ?? '').join('\n'), problems: renumbered };
}

export function codesFromText(text: string): Parsed {
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  linesOf(text).forEach((line, index) => {
    const where = `line ${index + 1}`;
    const words: string[] = [];
    const found: Candidate[] = [];
    let codesOrLinks = 0;
    let wordsAfter = false;
    for (const raw of line.split(SEPARATORS)) {
      const token = raw.replace(WRAPPING_QUOTES, '');
      if (token === '') continue;
      const link = codeFromLink(token);
      const joined = link === null && !CODE_LIKE.test(token) ? codeAfterColon(token) : null;
      if (joined !== null) {
        wordsAfter ||= codesOrLinks > 0;
        words.push(joined.word);
        codesOrLinks++;
        found.push({ where, at: index + 1, code: joined.code, label: null });
        continue;
      }
      if (link === null && !CODE_LIKE.test(token)) {
        words.push(raw);
        wordsAfter ||= codesOrLinks > 0;
        continue;
      }
      codesOrLinks++;
      if (link !== null && 'error' in link) problems.push({ where, at: index + 1, message: link.error });
      else found.push({ where, at: index + 1, code: link?.code ?? token, label: null });
    }
    const name = found.length === 1 && codesOrLinks === 1 && !wordsAfter ? nameBefore(words) : null;
    if (name !== null) candidates.push({ ...(found[0] as Candidate), label: name });
    else {
      candidates.push(...found);
      if (words.length > 0) problems.push({ where, at: index + 1, message: strayWords(line, words, codesOrLinks) });
    }
  });
  return { candidates, problems };
}
