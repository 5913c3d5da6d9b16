import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { ImportPageView } from "@/lib/imports/data";

/** A scan's pages, each image beside the text OCR read from it, for the reviewer to check figures against. */
export function ScanPages({
  importId,
  pages,
  text,
}: {
  importId: string;
  pages: ImportPageView[];
  text: Dictionary["history"];
}) {
  if (pages.length === 0) return null;
  return (
    <section className="space-y-2" data-testid="scan-pages" aria-labelledby="scan-pages-title">
      <h2 id="scan-pages-title" className="text-lg font-semibold">
        {fill(text.scanPages, { pages: pages.length })}
      </h2>
      <p className="text-sm text-slate-600">{text.scanPagesHint}</p>
      {pages.map((page) => (
        <details
          key={page.number}
          className="rounded-lg border border-slate-200 bg-white p-3"
          open={pages.length === 1}
        >
          <summary className="cursor-pointer font-medium">{fill(text.scanPage, { page: page.number })}</summary>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            {page.hasImage ? (
              // eslint-disable-next-line @next/next/no-img-element -- a private, per-user image: next/image's optimiser would cache it
              <img
                src={`/entry/history/${importId}/pages/${page.number}`}
                alt={fill(text.scanPageImage, { page: page.number })}
                loading="lazy"
                className="w-full border border-slate-200"
              />
            ) : (
              <p className="text-sm text-slate-600">{text.scanPageNoImage}</p>
            )}
            <pre
              className="max-h-[48rem] overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-sm"
              data-testid={`scan-page-text-${page.number}`}
            >
              {page.text}
            </pre>
          </div>
        </details>
      ))}
    </section>
  );
}
