import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatters } from "@/lib/reports/template";
import type { TemplateExample } from "@/lib/reports/templates/example";

interface Props {
  /** The example as the product fills it; null when the catalog lacks its indicators. */
  example: TemplateExample | null;
  names: (code: string) => string;
  text: Dictionary["templates"];
}

/** How placeholders, formatters and optional clauses work, with an example filled by the product. */
export function SyntaxHelp({ example, names, text }: Props) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="templates-syntax">
      <summary className="cursor-pointer font-medium">{text.syntaxTitle}</summary>
      <div className="mt-3 space-y-3 text-slate-700">
        <p>{text.syntaxPlaceholders}</p>
        <p>{text.syntaxClauses}</p>
        <p>{text.syntaxRequired}</p>
        <p>{text.syntaxEscape}</p>
        {example && (
          <div className="space-y-1">
            <p className="font-medium">{text.example}</p>
            <pre className="whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono text-xs">{example.template}</pre>
            <dl className="space-y-1">
              <dt>{text.exampleAll}</dt>
              <dd className="pl-4 italic">{example.all}</dd>
              <dt>{fill(text.exampleSome, { names: example.some.codes.map(names).join(", ") })}</dt>
              <dd className="pl-4 italic">{example.some.text}</dd>
            </dl>
            {example.none === null && <p>{text.exampleNone}</p>}
          </div>
        )}
        <div className="space-y-1">
          <p className="font-medium">{text.formatters}</p>
          <ul className="space-y-0.5">
            {formatters.map((f) => (
              <li key={f}>
                <code className="font-mono text-xs">{`|${f}`}</code>: {text.formatterMeanings[f]}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
