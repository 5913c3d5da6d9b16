import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/lib/format/date";

describe("dates", () => {
  it("shows the day as it is in Vietnam, whatever the machine's time zone", () => {
    const lateEvening = new Date("2019-03-13T20:30:00Z");
    expect(formatDate(lateEvening, "vi")).toBe("14/03/2019");
    expect(formatDate(lateEvening, "en")).toBe("2019-03-14");
    expect(formatDateTime(lateEvening, "vi")).toBe("14/03/2019 03:30");
  });
});
