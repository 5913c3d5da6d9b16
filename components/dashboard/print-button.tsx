"use client";

import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="outline" size="sm" className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
