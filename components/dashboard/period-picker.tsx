"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { periodOfKind } from "@/lib/periods/choices";
import { formatPeriodCode, periodKinds, periodsPerYear, type Period, type PeriodKind } from "@/lib/periods/period";

interface Props {
  period: Period;
  years: number[];
  text: { kind: string; year: string; index: string; kinds: Record<PeriodKind, string> };
}

/** Month, quarter, six or nine months, or year: written into the URL's `period`. */
export function PeriodPicker({ period, years, text }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const go = (next: Period) => {
    const query = new URLSearchParams(params);
    query.set("period", formatPeriodCode(next));
    router.push(`${pathname}?${query}`);
  };
  const setKind = (kind: PeriodKind) => go(periodOfKind(period, kind));
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <Label htmlFor="period-kind">{text.kind}</Label>
        <Select id="period-kind" value={period.kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
          {periodKinds.map((k) => (
            <option key={k} value={k}>
              {text.kinds[k]}
            </option>
          ))}
        </Select>
      </div>
      {periodsPerYear[period.kind] > 1 && (
        <div className="space-y-1">
          <Label htmlFor="period-index">{text.index}</Label>
          <Select
            id="period-index"
            value={period.index}
            onChange={(e) => go({ ...period, index: Number(e.target.value) })}
          >
            {Array.from({ length: periodsPerYear[period.kind] }, (_, i) => i + 1).map((i) => (
              <option key={i} value={i}>
                {period.kind === "month" ? i : period.kind === "quarter" ? ["I", "II", "III", "IV"][i - 1] : i}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className="space-y-1">
        <Label htmlFor="period-year">{text.year}</Label>
        <Select id="period-year" value={period.year} onChange={(e) => go({ ...period, year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
