// The lab's progress bar: a labelled <progress> with the careers done as text, announced to screen
// readers at each quarter rather than on every chunk.
import { el } from '../../ui/dom';
import { whole } from '../labels';

export interface LabProgress {
  readonly element: HTMLElement;
  readonly update: (done: number, total: number) => void;
  /** Says how the run ended beside the bar. */
  readonly end: (text: string) => void;
}

export function labProgress(announce: (text: string) => void): LabProgress {
  const element = el('div', undefined, { class: 'lab-progress', hidden: '' });
  const bar = el('progress', undefined, { id: 'lab-progress', max: '1', value: '0' });
  const status = el('p', '', { class: 'lab-status', id: 'lab-status' });
  element.append(el('label', 'Careers played', { for: 'lab-progress' }), bar, status);
  let quarter = 0;
  const update = (done: number, total: number): void => {
    element.hidden = false;
    bar.max = total;
    bar.value = done;
    const share = total === 0 ? 1 : done / total;
    status.textContent = `${whole(done)} of ${whole(total)} careers (${Math.floor(100 * share)}%)`;
    if (done === 0) quarter = 0;
    const reached = Math.floor(share * 4);
    if (reached > quarter && done < total) announce(`Lab ${25 * reached}% done.`);
    quarter = Math.max(quarter, reached);
  };
  const end = (text: string): void => {
    status.textContent = text;
    announce(text);
  };
  return { element, update, end };
}
