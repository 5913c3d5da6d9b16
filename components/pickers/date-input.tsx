"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { clsx } from "clsx";
import { formatDayMonthYear, parseDayMonthYear } from "@/lib/format/day-month-year";

interface Props {
  id: string;
  /** The form field that carries the date as YYYY-MM-DD. */
  name: string;
  /** YYYY-MM-DD */
  defaultValue?: string;
  required?: boolean;
  className?: string;
  text: { dateFormat: string; dateInvalid: string };
  /** The server's refusal of the date, shown by the form under the field. */
  errorId?: string;
}

/**
 * A date typed as dd/mm/yyyy whatever the browser's language (its own date input follows the
 * browser's locale). The form cannot be sent with a day that does not exist; it sends the ISO date.
 */
export function DateInput({ id, name, defaultValue, required, className, text, errorId }: Props) {
  const [typed, setTyped] = useState(defaultValue ? formatDayMonthYear(defaultValue) : "");
  const iso = parseDayMonthYear(typed);
  const invalid = typed.trim() !== "" && iso === null;
  return (
    <>
      <Input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={text.dateFormat}
        value={typed}
        required={required}
        onChange={(e) => {
          setTyped(e.target.value);
          const bad = e.target.value.trim() !== "" && parseDayMonthYear(e.target.value) === null;
          e.target.setCustomValidity(bad ? text.dateInvalid : "");
        }}
        aria-invalid={invalid || Boolean(errorId) || undefined}
        aria-describedby={errorId ? `${id}-hint ${errorId}` : `${id}-hint`}
        className={className}
      />
      <span id={`${id}-hint`} className={clsx(invalid ? "block text-xs text-red-700" : "sr-only")}>
        {invalid ? text.dateInvalid : text.dateFormat}
      </span>
      <input type="hidden" name={name} value={iso ?? ""} />
    </>
  );
}
