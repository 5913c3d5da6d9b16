"use client";

import { useState } from "react";
import { Select } from "@/components/ui/select";

interface Props {
  id: string;
  /** The form field that carries the month as YYYY-MM. */
  name: string;
  label: string;
  /** YYYY-MM */
  defaultValue: string;
  years: number[];
  text: { month: string; year: string; monthNames: readonly string[] };
}

/**
 * A month as two lists, the month's name (Tháng 1 … Tháng 12) and the year, in the app's language:
 * the browser's own month input speaks the browser's language and order.
 */
export function MonthInput({ id, name, label, defaultValue, years, text }: Props) {
  const [year, setYear] = useState(Number(defaultValue.slice(0, 4)));
  const [month, setMonth] = useState(Number(defaultValue.slice(5, 7)));
  const shownYears = years.includes(year) ? years : [...years, year].sort((a, b) => b - a);
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-700">{label}</legend>
      <div className="flex gap-1">
        <Select id={id} aria-label={text.month} value={month} onChange={(e) => setMonth(Number(e.target.value))}>
          {text.monthNames.map((monthName, i) => (
            <option key={monthName} value={i + 1}>
              {monthName}
            </option>
          ))}
        </Select>
        <Select id={`${id}-year`} aria-label={text.year} value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {shownYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </div>
      <input type="hidden" name={name} value={`${year}-${String(month).padStart(2, "0")}`} />
    </fieldset>
  );
}
