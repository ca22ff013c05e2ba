// Keyboard play: a digit presses the n-th choice on screen, Escape opens the menu, and in a replay the
// left and right arrows step back and forward (as its buttons do). Keys typed into a text field stay
// in the field (a read-only one, such as the run code's, lets Escape through), and while a dialog is
// open its keys are its own (Escape closes it).
import { choiceButton } from './run-screen';

export function bindKeys(panel: HTMLElement, openMenu: () => void): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    const field = target !== null && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (field && !(e.key === 'Escape' && target instanceof HTMLInputElement && target.readOnly)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      openMenu();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const step = e.key === 'ArrowLeft' ? 'replay-back' : e.key === 'ArrowRight' ? 'replay-forward' : null;
    const stepButton = step === null ? null : panel.querySelector<HTMLButtonElement>(`[data-action="${step}"]:not([disabled])`);
    if (stepButton) {
      e.preventDefault();
      stepButton.click();
      return;
    }
    if (!/^[1-9]$/.test(e.key)) return;
    const choice = choiceButton(panel, e.key);
    if (choice) {
      e.preventDefault();
      choice.click();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
