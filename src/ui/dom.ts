// Tiny helpers for building DOM from text. Text is always set as text, never parsed as HTML.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export function button(text: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', text, { type: 'button', ...attributes });
  b.addEventListener('click', onClick);
  return b;
}

/** What a link, a save or a file got wrong, as an alert with a paragraph per problem. */
export function problemsBox(problems: readonly string[]): HTMLElement {
  const box = el('div', undefined, { class: 'problems', role: 'alert' });
  for (const problem of problems) box.append(el('p', problem));
  return box;
}

/** The button that opens the menu, which Escape opens too: on a touch screen it is the only way. */
export function menuButton(open: () => void): HTMLButtonElement {
  return button('Menu', open, { class: 'menu-button', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': 'Escape', 'data-action': 'menu' });
}

/** Shows `message` under a field, or clears it with null; the field is marked invalid while a message stands. */
export function showFieldError(input: HTMLElement, error: HTMLElement, message: string | null): void {
  error.textContent = message ?? '';
  input.setAttribute('aria-invalid', String(message !== null));
}
