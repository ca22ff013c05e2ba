// The engine's reports, told in sentences for the log and the screen reader.
import type { EngineEvent, PromotionNeed } from '../engine';
import { regionName } from '../content/world';
import { listed } from '../text/listed';
import { companyWords, roleName } from './words';

/** What a promotion bar still wants, as the player would hear it from a manager. */
const NEED_WORDS: Readonly<Record<PromotionNeed, string>> = {
  'step-ups': 'a longer record of stepping up',
  initiative: 'more initiatives you started yourself',
  technical: 'deeper technical work',
  influence: 'influence beyond your own team',
  'rep-managers': 'managers who will speak up for you',
};

export function narrate(events: readonly EngineEvent[]): string[] {
  const lines: string[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'crossing-failed':
        lines.push(`The currents turn you back before ${regionName(e.toward)}. You wash up where you started.`);
        break;
      case 'application-denied':
        lines.push('No team on the coast needs a manager this half-year.');
        break;
      case 'moved':
        if (e.from !== e.to) lines.push(`You arrive at ${regionName(e.to)}.`);
        break;
      case 'employer-changed':
        lines.push(`You join ${companyWords(e.company)} as ${roleName(e.role)}.`);
        break;
      case 'fate':
      case 'delayed-landed':
        lines.push(e.text);
        break;
      case 'promoted':
        lines.push(`Promoted: you are now ${roleName(e.role)}.`);
        break;
      case 'promotion-not-yet': {
        const asks = `the next rung asks for ${listed(e.missing.map((need) => NEED_WORDS[need]))}`;
        lines.push(e.again ? `The case for ${roleName(e.role)} is not made yet: ${asks}.` : `Stepping up has not yet made the case for ${roleName(e.role)}: ${asks}.`);
        break;
      }
      case 'promotion-denied':
        lines.push(e.again ? `The committee passes you over for ${roleName(e.role)} again.` : `The committee does not promote you to ${roleName(e.role)} this time.`);
        break;
      case 'stepped-down':
        lines.push(`You step down to ${roleName(e.role)}.`);
        break;
      case 'misfit':
        lines.push(`Your proposals stall: the work of a ${roleName(e.role)} asks for influence beyond what made you a great senior, and you feel it.`);
        break;
      case 'left-staff-role':
        lines.push('Unhappy in the role, you hand in your notice and take your title to the market.');
        break;
      default:
        break;
    }
  }
  return lines;
}
