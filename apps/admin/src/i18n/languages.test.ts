import { localStorageStore } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLanguage, rememberLanguage, startingLanguage, storedLanguage } from './languages';
import { createStore } from './store';

afterEach(() => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
});

describe('the language remembered in this browser', () => {
  it('is the one react-admin’s store reads, and the other way round', () => {
    rememberLanguage('es');
    const store = localStorageStore();
    store.setup();
    expect(store.getItem('locale')).toBe('es');

    store.setItem('locale', 'en');
    expect(storedLanguage()).toBe('en');
  });

  it('survives the app’s store starting up and resetting on sign-out', () => {
    rememberLanguage('es');
    const store = createStore();
    store.setup();
    store.reset();
    expect(storedLanguage()).toBe('es');
  });

  it('starts from the browser’s language until one is chosen', () => {
    vi.stubGlobal('navigator', { language: 'es-MX' });
    expect(browserLanguage()).toBe('es');
    expect(storedLanguage()).toBeUndefined();
    expect(startingLanguage()).toBe('es');
    rememberLanguage('en');
    expect(startingLanguage()).toBe('en');

    vi.stubGlobal('navigator', { language: 'fr-FR' });
    window.localStorage.clear();
    expect(startingLanguage()).toBe('en');
  });

  it('ignores a stored value it cannot read', () => {
    window.localStorage.setItem('RaStore.locale', '{not json');
    expect(storedLanguage()).toBeUndefined();
  });
});
