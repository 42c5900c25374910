import { createContext } from 'react';
import type { Identifier } from 'react-admin';

type Json = Record<string, unknown>;

/**
 * An update the server refused with CONFLICT: someone saved the record after the user opened it.
 * `base` is the record as the user first saw it, `mine` the form they submitted, `theirs` the
 * record as it is now.
 */
export interface EditConflict {
  resource: string;
  /** The GraphQL type, e.g. `Team`: enum fields are looked up as `<type><Field>`. */
  type: string;
  id: Identifier;
  /** The fields the update may change (the resource's update input). */
  fields: readonly string[];
  base?: Json;
  mine: Json;
  theirs: Json;
}

/**
 * What the user chose: save their own changes over the current version (`mine`), take the current
 * version into the form (`theirs`), or go back to their form unsaved (`cancel`).
 */
export type ConflictChoice = 'mine' | 'theirs' | 'cancel';
export type ConflictHandler = (conflict: EditConflict) => Promise<ConflictChoice>;

/**
 * Connects the data provider, which meets conflicts, to the one dialog that shows them. With no
 * dialog attached (component tests, a screen outside the layout) the conflict is an error.
 */
export interface ConflictBroker {
  ask: ConflictHandler;
  attach(handler: ConflictHandler): () => void;
}

export function createConflictBroker(): ConflictBroker {
  let handler: ConflictHandler | undefined;
  return {
    ask: (conflict) => (handler ? handler(conflict) : Promise.resolve('cancel')),
    attach(next) {
      handler = next;
      return () => {
        if (handler === next) handler = undefined;
      };
    },
  };
}

export const ConflictBrokerContext = createContext<ConflictBroker | null>(null);
