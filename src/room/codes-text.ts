// Run codes typed or pasted as text: any number per line, separated by spaces, commas, semicolons or
// newlines; a share link (`...?code=CODE`) counts as its code. A line of one code after some words
// ("Ada: CODE", or a name and a code copied from two columns of a spreadsheet) names the run with
// them; other words that look like no code (a stray sentence) make one problem for the line, not
// one per word.
import { cleanLabel, type Candidate, type Parsed, type Problem } from './candidate';
import { quoted } from '../text/shortened';

/** Spaces, commas, semicolons, and the invisible characters a paste may carry (no code holds any of them). */
const SEPARATORS = /[\s,;\u00AD\u200B-\u200D\u2060]+/u;
const WRAPPING_QUOTES = /^["'`“”‘’<(]+|["'`“”‘’>)]+$/gu;
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

/** The name the words before a line's only code give its run ("Ada:" or "Ada –" names Ada), or null. */
function nameBefore(words: readonly string[]): string | null {
  return cleanLabel(words.join(' ').replace(/\s*[:\-–—]+$/u, ''));
}

export function codesFromText(text: string): Parsed {
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const where = `line ${index + 1}`;
    const words: string[] = [];
    const found: Candidate[] = [];
    let codesOrLinks = 0;
    let wordsAfter = false;
    for (const raw of line.split(SEPARATORS)) {
      const token = raw.replace(WRAPPING_QUOTES, '');
      if (token === '') continue;
      const link = codeFromLink(token);
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
