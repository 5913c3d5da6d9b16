"use client";

import { useCallback, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/i18n/fill";
import { errorPageMessages } from "@/lib/i18n/messages/error-page";

// The user's language may be what failed to load, so the page speaks Vietnamese, then English.
const { vi, en } = errorPageMessages;
const retryEverySeconds = 5;

type State = { kind: "checking" } | { kind: "unreachable"; seconds: number } | { kind: "failed" };

/** 503 from /api/health: the database cannot be reached; 200: it can; null: no answer (server down). */
async function databaseReachable(): Promise<boolean | null> {
  const status = await fetch("/api/health", { cache: "no-store" }).then(
    (response) => response.status,
    () => 0,
  );
  return status === 200 ? true : status === 503 ? false : null;
}

/**
 * What an error page shows. Production pages never receive the server's error, so it asks the
 * server whether the database is reachable: if not, it says so and checks again every few seconds,
 * then recovers by itself (`recover`) once the database is back. Any other failure gets a retry button.
 */
export function ErrorRecovery({ recover }: { recover: () => void }) {
  const [state, setState] = useState<State>({ kind: "checking" });

  // After a check: the database is down (count down to the next check), back (recover), or the failure was something else.
  const settle = useCallback(
    (reachable: boolean | null, wasUnreachable: boolean) => {
      if (reachable === false) setState({ kind: "unreachable", seconds: retryEverySeconds });
      else if (reachable && wasUnreachable) recover();
      else setState({ kind: "failed" });
    },
    [recover],
  );
  const checkAgain = () => void databaseReachable().then((reachable) => settle(reachable, true));

  useEffect(() => {
    let mounted = true;
    void databaseReachable().then((reachable) => mounted && settle(reachable, false));
    return () => {
      mounted = false;
    };
  }, [settle]);

  useEffect(() => {
    if (state.kind !== "unreachable") return;
    const timer = setTimeout(() => {
      if (state.seconds > 1) setState({ kind: "unreachable", seconds: state.seconds - 1 });
      else void databaseReachable().then((reachable) => settle(reachable, true));
    }, 1000);
    return () => clearTimeout(timer);
  }, [state, settle]);

  return (
    <div className="mx-auto max-w-md space-y-3 py-12 text-center">
      {state.kind === "checking" && (
        <p className="text-sm text-slate-600">
          {vi.checking} <span lang="en">{en.checking}</span>
        </p>
      )}
      {state.kind === "unreachable" && (
        <>
          <Alert tone="error" role="alert" data-testid="database-unreachable" className="space-y-1">
            <p>{vi.databaseUnreachable}</p>
            <p lang="en">{en.databaseUnreachable}</p>
          </Alert>
          <p className="text-sm text-slate-600" data-testid="retry-countdown">
            {fill(vi.retryIn, { seconds: state.seconds })} ·{" "}
            <span lang="en">{fill(en.retryIn, { seconds: state.seconds })}</span>
          </p>
          <Button variant="outline" onClick={checkAgain}>
            {vi.retryNow} · <span lang="en">{en.retryNow}</span>
          </Button>
        </>
      )}
      {state.kind === "failed" && (
        <>
          <Alert tone="error" role="alert" data-testid="error-message">
            {vi.failed} <span lang="en">{en.failed}</span>
          </Alert>
          <Button variant="outline" onClick={recover}>
            {vi.retry} · <span lang="en">{en.retry}</span>
          </Button>
        </>
      )}
    </div>
  );
}
