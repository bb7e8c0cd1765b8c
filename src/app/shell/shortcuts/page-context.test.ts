// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { findSearchBox, isDialogOpen, isTypingTarget } from './page-context';

afterEach(() => {
  document.body.innerHTML = '';
});

function html(markup: string) {
  document.body.innerHTML = markup;
}
const byId = (id: string) => document.getElementById(id);

describe('isTypingTarget', () => {
  it('is true in text fields, selects, text areas and editable regions', () => {
    html(`
      <input id="text"><input id="search" type="search"><input id="number" type="number">
      <textarea id="area"></textarea><select id="select"></select>
      <div id="editable" contenteditable="true"></div><div role="combobox"><span id="inside-combobox"></span></div>
      <div role="menu"><div id="menu-item" role="menuitem"></div></div>`);
    for (const id of ['text', 'search', 'number', 'area', 'select', 'editable', 'inside-combobox', 'menu-item']) {
      expect(isTypingTarget(byId(id)), id).toBe(true);
    }
  });

  it('is false on buttons, links, checkboxes, radios and the page itself', () => {
    html(`<button id="button"></button><div contenteditable="false"><span id="fixed"></span></div><a id="link" href="/">x</a><input id="check" type="checkbox"><input id="radio" type="radio">`);
    for (const id of ['button', 'link', 'check', 'radio', 'fixed']) expect(isTypingTarget(byId(id)), id).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('isDialogOpen', () => {
  it('sees an open dialog, alert dialog or menu', () => {
    html('<main></main>');
    expect(isDialogOpen(document)).toBe(false);
    for (const role of ['dialog', 'alertdialog', 'menu']) {
      html(`<div role="${role}"></div>`);
      expect(isDialogOpen(document), role).toBe(true);
    }
  });
});

describe('findSearchBox', () => {
  it('finds the first usable search box of the main content', () => {
    html(`
      <header><input type="search" aria-label="Header search"></header>
      <main>
        <input type="search" aria-label="Off" disabled>
        <div hidden><input type="search" aria-label="Hidden"></div>
        <input type="search" aria-label="Search deployments">
        <input type="search" aria-label="Second">
      </main>`);
    expect(findSearchBox(document)?.getAttribute('aria-label')).toBe('Search deployments');
  });

  it('finds an element with the searchbox role, and nothing on a page without one', () => {
    html('<main><div role="searchbox" aria-label="Search logs" tabindex="0"></div></main>');
    expect(findSearchBox(document)?.getAttribute('aria-label')).toBe('Search logs');
    html('<main><input aria-label="Name"></main>');
    expect(findSearchBox(document)).toBeNull();
  });
});
