import { Suspense, useContext, useEffect, useState } from 'react';
import { useRefresh } from 'react-admin';
import { lazyNamed } from '../common/lazyNamed';
import { ConflictBrokerContext, type ConflictChoice, type EditConflict } from './conflictBroker';

// Loaded when a conflict happens, not with the first page.
const ConflictComparison = lazyNamed(() => import('./ConflictComparison'), 'ConflictComparison');

interface Pending {
  conflict: EditConflict;
  decide(choice: ConflictChoice): void;
}

/**
 * The one dialog for every edit screen's conflicts: when a save meets a newer version, the data
 * provider asks here (through the ConflictBroker) and waits for the user's choice. Rendered once,
 * in the layout.
 */
export function EditConflictDialog() {
  const broker = useContext(ConflictBrokerContext);
  const refresh = useRefresh();
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(
    () =>
      broker?.attach(
        (conflict) =>
          new Promise<ConflictChoice>((resolve) => {
            setPending({
              conflict,
              decide: (choice) => {
                // The edit form resets to the record react-admin reads again: theirs.
                if (choice === 'theirs') refresh();
                setPending(null);
                resolve(choice);
              },
            });
          }),
      ),
    [broker, refresh],
  );

  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <ConflictComparison conflict={pending.conflict} decide={pending.decide} />
    </Suspense>
  );
}
