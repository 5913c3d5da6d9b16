import { expect, test, type APIRequestContext } from "@playwright/test";
import { runCli } from "../support/cli";
import { signInAs } from "./pages/login-page";

// Nothing a reader is shown is kept from before a change. A save is in the very next read of the API
// and of the overview, whichever web process serves it; a changed role counts from the user's next
// request (the user is read on every request, lib/auth/data.ts; a revoked token likewise,
// auth.spec.ts). What the server does keep: the catalog (lib/catalog/data.ts), dropped when an
// administrator changes it, and the dashboards' computed figures, kept under the organisation's
// figures token that every save changes (lib/values/figures-cache.ts).

const org = "tra-vinh-stttt";
const month = "2024-05";
const indicator = "tel.bts";

const bearer = (token: string) => ({ authorization: `Bearer ${token}`, "accept-language": "vi" });

async function storedValue(request: APIRequestContext, token: string): Promise<number> {
  const answer = await request.get(`/api/v1/values?org=${org}&period=${month}&field=telecom`, {
    headers: bearer(token),
  });
  expect(answer.status()).toBe(200);
  const rows = (await answer.json()) as { indicator: string; value: string }[];
  return Number(rows.find((r) => r.indicator === indicator)!.value);
}

async function save(request: APIRequestContext, token: string, value: number) {
  return request.put("/api/v1/values", {
    headers: { ...bearer(token), "content-type": "application/json" },
    data: { org, period: month, values: [{ indicator, value }] },
  });
}

test("a save is in the next read of the API and of the overview", async ({ page, request }) => {
  const token = (await runCli("user-token.ts", ["vanphong", "fresh reads"])).stdout.trim();
  const before = await storedValue(request, token);
  try {
    expect((await save(request, token, before + 7)).status()).toBe(200);
    const aggregate = await request.get(`/api/v1/aggregate?org=${org}&period=${month}&indicators=${indicator}`, {
      headers: bearer(token),
    });
    expect(((await aggregate.json()) as { value: number }[])[0].value).toBe(before + 7);

    await signInAs(page, "giamdoc");
    const tile = page.getByTestId(`tile-${indicator}`).getByTestId("tile-value");
    // Several reads each time: the server's processes take turns, and each keeps the figures it computed.
    for (let read = 0; read < 4; read++) {
      await page.goto(`/?period=${month}&field=telecom`);
      await expect(tile).toHaveText((before + 7).toLocaleString("vi-VN"));
    }
    expect((await save(request, token, before + 8)).status()).toBe(200);
    for (let read = 0; read < 4; read++) {
      await page.reload();
      await expect(tile).toHaveText((before + 8).toLocaleString("vi-VN"));
    }
  } finally {
    expect((await save(request, token, before)).status()).toBe(200);
  }
});

test("a changed role counts from the user's next request", async ({ page, request }) => {
  const token = (await runCli("user-token.ts", ["bcvt", "fresh reads"])).stdout.trim();
  const value = await storedValue(request, token);
  expect((await save(request, token, value)).status()).toBe(200);

  await signInAs(page, "admin");
  const form = page.getByTestId("user-bcvt");
  // Saved once the form says so: the page is opened afresh each time, so no message stays from an
  // earlier save, and the select is used only once React has hydrated it (a choice made before
  // could be reset, or posted without script).
  const setRole = async (label: string) => {
    await page.goto("/admin/users");
    await form.evaluate(
      (node) =>
        new Promise<void>((hydrated) => {
          const check = () =>
            Object.keys(node).some((key) => key.startsWith("__reactFiber")) ? hydrated() : setTimeout(check, 20);
          check();
        }),
    );
    await form.getByLabel("Vai trò").selectOption({ label });
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(form.getByTestId("form-status")).toBeVisible();
    await expect(form.getByLabel("Vai trò").locator("option:checked")).toHaveText(label);
  };
  await setRole("Theo dõi nhiều đơn vị");
  try {
    const refused = await save(request, token, value);
    expect(refused.status()).toBe(403);
    // Still a reader of the organisation's figures.
    expect(await storedValue(request, token)).toBe(value);
  } finally {
    await setRole("Chuyên viên");
  }
  expect((await save(request, token, value)).status()).toBe(200);
});
