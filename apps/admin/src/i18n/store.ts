import { localStorageStore, type Store } from 'react-admin';
import { browserLanguage } from './languages';

/**
 * react-admin's store in localStorage (list filters, column choices, the language), except that
 * signing out, which resets the store, keeps the language chosen in this browser: the sign-in page
 * after it, and the next user's, stay in that language until someone chooses another. Before
 * anyone chooses, the language is the browser's.
 */
export function createStore(): Store {
  const store = localStorageStore();
  if (store.getItem('locale') === undefined) store.setItem('locale', browserLanguage());
  return {
    ...store,
    reset() {
      const locale = store.getItem<string>('locale');
      store.reset();
      if (locale) store.setItem('locale', locale);
    },
  };
}
