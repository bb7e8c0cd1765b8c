// What the shortcuts need to know about the page: whether the focus is where keys are typed, whether a dialog owns
// the keyboard, and which box `/` should focus.

// Inputs that take no typed text: letters pressed on them can be shortcuts.
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

// Editable regions and widgets that read letters themselves (type-ahead, editing) though they are not form fields.
const LETTER_WIDGETS = '[contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"], [role="listbox"], [role="menu"], [role="menubar"], [role="grid"], [role="spinbutton"]';

export function isTypingTarget(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(element.type);
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element.closest(LETTER_WIDGETS) !== null;
}

/** Radix dialogs (and menus, which open like them) are in the document only while they are open. */
export function isDialogOpen(doc: Document): boolean {
  return doc.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]') !== null;
}

/** The page's own search box: the first one in the main content that can take the focus. */
export function findSearchBox(doc: Document): HTMLElement | null {
  const boxes = doc.querySelectorAll<HTMLElement>('main input[type="search"], main [role="searchbox"]');
  return Array.from(boxes).find((box) => !box.matches(':disabled') && !box.closest('[hidden], [inert]')) ?? null;
}
