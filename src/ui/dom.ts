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
