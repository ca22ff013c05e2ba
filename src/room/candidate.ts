// What every import path (pasted text, a CSV file, a saved room) produces before replaying: codes
// with where they came from and an optional label, and the problems found on the way.

export interface Candidate {
  /** Where the code was found, for messages: "line 4", "run 3 of the saved room". */
  readonly where: string;
  /** The line or entry number behind `where`, which orders the messages as the input runs. */
  readonly at: number;
  readonly code: string;
  readonly label: string | null;
  /** The names the run had before the room renamed it (a saved room keeps them); absent elsewhere. */
  readonly formerLabels?: readonly string[];
}

export interface Problem {
  /** Where the problem is ("line 4"), or null when it concerns the whole input. */
  readonly where: string | null;
  /** The line or entry number behind `where`; absent when the problem concerns the whole input. */
  readonly at?: number;
  readonly message: string;
}

export interface Parsed {
  readonly candidates: readonly Candidate[];
  readonly problems: readonly Problem[];
}

export function problemText(problem: Problem): string {
  return problem.where === null ? problem.message : `${problem.where}: ${problem.message}`;
}
