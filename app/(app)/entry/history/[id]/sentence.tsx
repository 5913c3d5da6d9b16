/** A report's sentence with its number marked (`at`: where it stands, -1 when it was not found there). */
export function Sentence({ sentence, number, at }: { sentence: string; number: string; at: number }) {
  if (at < 0) return <p className="text-sm text-slate-700">{sentence}</p>;
  return (
    <p className="text-sm break-words text-slate-700">
      {sentence.slice(0, at)}
      <mark className="rounded bg-amber-100 px-0.5 font-semibold text-slate-900">
        {sentence.slice(at, at + number.length)}
      </mark>
      {sentence.slice(at + number.length)}
    </p>
  );
}
