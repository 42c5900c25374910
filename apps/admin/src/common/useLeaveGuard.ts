import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-admin';

/**
 * Asks before leaving a page whose work would be lost (`warning` is the question, in the page's
 * language; null when there is nothing to lose): in-app navigation waits for the answer, and
 * closing or reloading the tab gets the browser's own prompt (its text is the browser's).
 */
export function useLeaveGuard(warning: string | null) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      warning !== null && currentLocation.pathname !== nextLocation.pathname,
  );
  const { state } = blocker;

  // The blocker is a new object on every render: asked once per blocked navigation. Once
  // answered, the router unblocks before this component renders again; a change of `warning`
  // meanwhile (the marks saved) must not answer a second time, which the router refuses.
  const current = useRef(blocker);
  current.current = blocker;
  const answered = useRef(false);
  useEffect(() => {
    if (state !== 'blocked') {
      answered.current = false;
      return;
    }
    if (answered.current) return;
    answered.current = true;
    if (warning === null || window.confirm(warning)) current.current.proceed?.();
    else current.current.reset?.();
  }, [state, warning]);

  useEffect(() => {
    if (warning === null) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [warning]);
}
