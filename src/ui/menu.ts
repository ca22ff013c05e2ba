// The Escape menu: a modal dialog with what a player may want mid-run (`above` the buttons, such as
// the run code to copy). The dialog element gives focus trapping and Escape-to-close.
import { button, el } from './dom';

export interface MenuItem {
  readonly label: string;
  readonly act: () => void;
}

export function openMenu(items: readonly MenuItem[], above: readonly HTMLElement[] = []): void {
  document.querySelector('dialog.menu')?.remove();
  const dialog = el('dialog', undefined, { class: 'menu', 'aria-labelledby': 'menu-title' });
  const close = (): void => {
    dialog.close();
    dialog.remove();
  };
  dialog.append(el('h2', 'Menu', { id: 'menu-title' }), ...above);
  for (const item of items)
    dialog.append(
      button(item.label, () => {
        close();
        item.act();
      }),
    );
  dialog.append(button('Close the menu', close));
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  document.body.append(dialog);
  dialog.showModal();
}
