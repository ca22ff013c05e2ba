// Run codes typed or pasted as text: any number per line, separated by spaces, commas, semicolons or
// newlines; a share link (`...?code=CODE`) counts as its code.
import type { Candidate, Parsed, Problem } from './candidate';
import { quote } from './candidate';

const SEPARATORS = /[\s,;]+/u;
const WRAPPING_QUOTES = /^["'`“”‘’<(]+|["'`“”‘’>)]+$/gu;

/** The code in a share link, or what was wrong with the link; null when `token` is not a link. */
function codeFromLink(token: string): { code: string } | { error: string } | null {
  const query = token.indexOf('?');
  if (query < 0 && !token.includes('://')) return null;
  const search = token.slice(query + 1).split('#')[0] ?? '';
  const code = new URLSearchParams(search).get('code');
  if (code === null || code.trim() === '') return { error: `the link ${quote(token)} holds no run code (no “code=” in it)` };
  return { code };
}

export function codesFromText(text: string): Parsed {
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const where = `line ${index + 1}`;
    for (const raw of line.split(SEPARATORS)) {
      const token = raw.replace(WRAPPING_QUOTES, '');
      if (token === '') continue;
      const link = codeFromLink(token);
      if (link !== null && 'error' in link) problems.push({ where, at: index + 1, message: link.error });
      else candidates.push({ where, at: index + 1, code: link?.code ?? token, label: null });
    }
  });
  return { candidates, problems };
}
