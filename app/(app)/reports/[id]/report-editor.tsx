"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { clsx } from "clsx";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ActionResult } from "@/lib/actions/result";
import { refreshReportAction, saveParagraphsAction } from "@/lib/reports/actions";
import { addFigureParagraph } from "@/lib/reports/coverage";
import { printableParagraphs } from "@/lib/reports/page";
import type { ReportContent, ReportParagraph } from "@/lib/reports/types";
import { CoveragePanel } from "./coverage-panel";

interface Props {
  id: string;
  version: number;
  content: ReportContent;
  readOnly: boolean;
  text: Dictionary["reports"];
}

/** The draft laid out like the paper page; each paragraph can be edited, moved or removed. */
export function ReportEditor({ id, version, content, readOnly, text }: Props) {
  const router = useRouter();
  const [paragraphs, setParagraphs] = useState<ReportParagraph[]>(content.paragraphs);
  const [editing, setEditing] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [state, setState] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  // After a save or a refresh the page waits for the server's new content, which replaces the local
  // paragraphs (during render); until it arrives nothing can be edited, so no edit is lost to it.
  const [awaiting, setAwaiting] = useState(false);
  const [shownContent, setShownContent] = useState(content);
  if (shownContent !== content) {
    setShownContent(content);
    setParagraphs(content.paragraphs);
    setDirty(false);
    setAwaiting(false);
  }
  const busy = pending || awaiting;

  const onPaper = new Map(printableParagraphs({ ...content, paragraphs }).map((p) => [p.key, p.text]));
  const renumbered = (p: ReportParagraph) => onPaper.has(p.key) && onPaper.get(p.key) !== p.text;
  const change = (next: ReportParagraph[]) => {
    setParagraphs(next);
    setDirty(true);
  };
  const move = (i: number, delta: number) => {
    const next = [...paragraphs];
    const [p] = next.splice(i, 1);
    next.splice(Math.max(0, Math.min(next.length, i + delta)), 0, p);
    change(next);
  };
  const save = () =>
    start(async () => {
      const answer = await saveParagraphsAction({
        id,
        version,
        paragraphs: paragraphs.map(({ key, style, text, edited }) => ({ key, style, text, edited })),
      });
      setState(answer);
      if (answer.ok) {
        setAwaiting(true);
        router.refresh();
      }
    });
  const refresh = () =>
    start(async () => {
      const answer = await refreshReportAction(id);
      setState(answer);
      if (answer.ok) {
        setAwaiting(true);
        router.refresh();
      }
    });

  return (
    <div className="space-y-3">
      <div className="no-print flex flex-wrap items-center gap-2" data-testid="report-toolbar">
        {!readOnly && (
          <>
            <Button onClick={save} disabled={busy || !dirty}>
              {text.save}
            </Button>
            <Button variant="outline" onClick={refresh} disabled={busy || dirty}>
              {text.refresh}
            </Button>
          </>
        )}
        <Button variant="outline" onClick={() => window.print()}>
          {text.print}
        </Button>
        {!readOnly && (
          <Button
            variant="ghost"
            disabled={busy}
            onClick={() =>
              change([...paragraphs, { key: `typed:${Date.now()}`, style: "body", text: "", edited: true }])
            }
          >
            {text.addParagraph}
          </Button>
        )}
      </div>
      <CoveragePanel
        content={content}
        paragraphs={paragraphs}
        readOnly={readOnly}
        onAdd={(figure) => change(addFigureParagraph(paragraphs, figure))}
        text={text}
      />
      {state?.message && !awaiting && (
        <Alert tone={state.ok ? "success" : "error"} className="no-print" data-testid="report-message">
          {state.message}
        </Alert>
      )}
      <article
        className="report-paper mx-auto max-w-[210mm] bg-white px-[15mm] py-[20mm] pl-[30mm] font-serif text-[14pt] leading-normal text-black shadow print:shadow-none"
        data-testid="report-paper"
      >
        {/* The columns of lib/reports/header-lines.ts (headerColumns) and the Word file. */}
        <div className="grid grid-cols-[42%_58%] text-center text-[13pt]" data-testid="report-header">
          <div>
            <p>{content.header.parentAuthority}</p>
            {/* The name line by line, as chosen (never broken inside a word); a draft from before name lines wraps as the Word file does. */}
            {content.header.organisationLines?.length ? (
              content.header.organisationLines.map((line, i) => (
                <p key={i} className="whitespace-nowrap font-bold" data-testid="header-name-line">
                  {line}
                </p>
              ))
            ) : (
              <p className="font-bold">{content.header.organisationName}</p>
            )}
            <hr className="mx-auto my-1 w-2/5 border-black" />
            <p className="whitespace-pre">{content.header.numberLine}</p>
          </div>
          <div>
            <p className="whitespace-nowrap text-[12pt] font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
            <hr className="mx-auto my-1 w-3/5 border-black" />
            <p className="text-[14pt] italic">{content.header.dateLine}</p>
          </div>
        </div>
        <h1 className="mt-6 text-center font-bold">BÁO CÁO</h1>
        <p className="text-center font-bold">{content.header.summary}</p>
        <hr className="mx-auto mb-4 mt-1 w-1/4 border-black" />
        {paragraphs.map((p, i) => (
          <div
            key={p.key}
            className={clsx(
              "group relative",
              p.missing?.length && !p.edited && "bg-amber-50",
              p.stale && "bg-orange-50 print:bg-transparent",
              p.updated && !p.edited && "bg-emerald-50 print:bg-transparent",
              !onPaper.has(p.key) && "print:hidden",
            )}
            data-testid={`paragraph-${p.key}`}
          >
            {editing === p.key ? (
              <textarea
                autoFocus
                aria-label={text.edit}
                className="w-full rounded border border-brand-600 p-1 font-serif text-[14pt]"
                rows={Math.max(2, Math.ceil(p.text.length / 90))}
                value={p.text}
                onChange={(e) =>
                  change(paragraphs.map((q) => (q.key === p.key ? { ...q, text: e.target.value, edited: true } : q)))
                }
                onBlur={() => setEditing(null)}
              />
            ) : (
              <p className={clsx("mb-[6pt] indent-[1cm] text-justify", p.style !== "body" && "font-bold")}>
                {/* On paper a heading takes its number among the parts that print (lib/reports/page.ts). */}
                <span className={clsx(renumbered(p) && "print:hidden")}>{p.text || "…"}</span>
                {renumbered(p) && <span className="hidden print:inline">{onPaper.get(p.key)}</span>}
              </p>
            )}
            {p.placeholder && !p.text.trim() && (
              <p className="no-print font-sans text-xs text-slate-600" data-testid="placeholder-note">
                {p.placeholder === "assessment" ? text.placeholderAssessment : text.placeholderPlan}
              </p>
            )}
            {(p.missing?.length || p.stale || p.edited || p.updated) && (
              <p className="no-print text-xs">
                {p.missing?.length && !p.edited ? <span className="text-amber-800">{text.missing}</span> : null}
                {p.stale ? <span className="text-orange-800"> {text.stale}</span> : null}
                {p.updated && !p.edited ? <span className="text-emerald-800"> {text.updated}</span> : null}
                {p.edited ? <span className="text-slate-500"> ({text.edited})</span> : null}
              </p>
            )}
            {!readOnly && (
              <div className="no-print absolute -top-3 right-0 z-10 flex gap-2 rounded border border-slate-200 bg-white px-2 py-0.5 font-sans text-xs opacity-0 shadow-sm group-focus-within:opacity-100 group-hover:opacity-100">
                <button
                  type="button"
                  disabled={busy}
                  className="text-brand-700 underline disabled:opacity-50"
                  onClick={() => setEditing(p.key)}
                >
                  {text.edit}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  className="text-brand-700 underline disabled:opacity-50"
                  onClick={() => move(i, -1)}
                >
                  {text.moveUp}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  className="text-brand-700 underline disabled:opacity-50"
                  onClick={() => move(i, 1)}
                >
                  {text.moveDown}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  className="text-red-700 underline disabled:opacity-50"
                  onClick={() => change(paragraphs.filter((q) => q.key !== p.key))}
                >
                  {text.remove}
                </button>
              </div>
            )}
          </div>
        ))}
        <p className="mb-[6pt] indent-[1cm] text-justify">{content.closing}</p>
        <div className="mt-4 grid break-inside-avoid grid-cols-[42%_58%]">
          <div>
            <p className="text-[12pt] font-bold italic">{text.recipients}</p>
            {content.recipients.map((r, i) => (
              <p key={r} className="text-[11pt]">
                - {r}
                {i === content.recipients.length - 1 ? "." : ";"}
              </p>
            ))}
          </div>
          <div className="text-center font-bold">
            {content.signer.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
            <div className="h-24" />
            <p>{content.signer.name}</p>
          </div>
        </div>
      </article>
    </div>
  );
}
