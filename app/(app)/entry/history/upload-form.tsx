"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { readReportAction } from "@/lib/imports/actions";
import { importExtensions, importLimits } from "@/lib/imports/schema";
import type { PeriodChoice } from "@/lib/periods/choices";
import type { PeriodKind } from "@/lib/periods/period";
import { ReadingResult, type Outcome } from "./reading-result";

interface Props {
  text: Dictionary["history"];
  pickers: Dictionary["pickers"];
  kinds: { value: PeriodKind; label: string }[];
  choices: Record<PeriodKind, PeriodChoice[]>;
}

/** Files (and pasted text) read one by one on the server, the bar advancing per file; each result correctable. */
export function UploadForm({ text, pickers, kinds, choices }: Props) {
  const router = useRouter();
  const files = useRef<HTMLInputElement>(null);
  const pasted = useRef<HTMLTextAreaElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [ocr, setOcr] = useState<{ file: string; done: number; total: number } | null>(null);
  const [problem, setProblem] = useState("");
  const reading = progress !== null && progress.done < progress.total;

  /** While a file is read, asks every second how many pages of it OCR has read (a file with text has none). */
  const watchScan = (job: { label: string; form: FormData }) => {
    const token = job.form.get("progress");
    if (typeof token !== "string") return () => undefined;
    let watching = true;
    const timer = setInterval(async () => {
      const response = await fetch(`/entry/history/progress/${token}`, { cache: "no-store" }).catch(() => null);
      const pages = response?.ok ? ((await response.json()) as { done: number; total: number }) : null;
      if (watching && pages) setOcr({ file: job.label, ...pages });
    }, 1000);
    return () => {
      watching = false;
      clearInterval(timer);
      setOcr(null);
    };
  };

  const read = async (event: React.FormEvent) => {
    event.preventDefault();
    const jobs: { label: string; form: FormData; size: number }[] = [...(files.current?.files ?? [])].map((file) => {
      const form = new FormData();
      form.set("file", file);
      // The name under which the server says how many pages of a scan OCR has read.
      form.set("progress", crypto.randomUUID());
      return { label: file.name, form, size: file.size };
    });
    const typed = pasted.current?.value.trim() ?? "";
    if (typed) {
      const form = new FormData();
      form.set("text", typed);
      jobs.push({ label: text.pasted, form, size: 0 });
    }
    setProblem(jobs.length ? "" : text.textOrFile);
    if (!jobs.length) return;
    setOutcomes([]);
    setProgress({ done: 0, total: jobs.length });
    for (const [at, job] of jobs.entries()) {
      // Too large a file is not sent; a failed request is that file's failure, and the next is read.
      const failure = (message: string): Outcome["result"] => ({
        ok: false,
        code: "invalid",
        message,
        fieldErrors: {},
      });
      const tooLarge = fill(text.fileTooLarge, { mb: importLimits.fileBytes / 1_000_000 });
      const stopWatching = watchScan(job);
      const result =
        job.size > importLimits.fileBytes
          ? failure(tooLarge)
          : await readReportAction(null, job.form).catch(() => failure(text.readFailed));
      stopWatching();
      setOutcomes((done) => [...done, { label: job.label, result }]);
      setProgress({ done: at + 1, total: jobs.length });
    }
    if (files.current) files.current.value = "";
    router.refresh();
  };

  return (
    <div className="space-y-4">
      <form onSubmit={read} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
        <div className="space-y-1">
          <Label htmlFor="history-files">{text.files}</Label>
          <Input
            ref={files}
            id="history-files"
            name="file"
            type="file"
            multiple
            accept={importExtensions.join(",")}
            className="block w-full max-w-md"
          />
        </div>
        <div className="space-y-1">
          <Label htmlFor="history-text">{text.text}</Label>
          <Textarea ref={pasted} id="history-text" name="text" rows={5} className="block w-full" />
        </div>
        {problem && (
          <Alert tone="error" role="alert">
            {problem}
          </Alert>
        )}
        <Button type="submit" disabled={reading}>
          {text.read}
        </Button>
      </form>
      {progress && (
        <div className="space-y-1" data-testid="history-progress">
          <label htmlFor="history-progress" className="text-sm text-slate-700" aria-live="polite">
            {fill(text.progress, { done: progress.done, total: progress.total })}
          </label>
          <progress
            id="history-progress"
            aria-label={text.progressLabel}
            className="block h-2 w-full max-w-md accent-brand-700"
            value={progress.done}
            max={progress.total}
          />
          {ocr && (
            <p className="text-sm text-slate-700" aria-live="polite" data-testid="ocr-progress">
              {fill(text.ocrProgress, { file: ocr.file, done: ocr.done, total: ocr.total })}
            </p>
          )}
        </div>
      )}
      {outcomes.length > 0 && (
        <section className="space-y-2" aria-label={text.results}>
          <h2 className="text-lg font-semibold">{text.results}</h2>
          <ul className="space-y-2">
            {outcomes.map((outcome, at) => (
              <li key={at}>
                <ReadingResult
                  outcome={outcome}
                  at={at}
                  text={text}
                  pickers={pickers}
                  kinds={kinds}
                  choices={choices}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
