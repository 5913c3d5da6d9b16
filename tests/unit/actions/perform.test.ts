import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { performAction, type ActionContext, type ActionSpec } from "@/lib/actions/perform";
import type { SessionUser } from "@/lib/auth/data";
import { administrators } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/dictionary";

// The one path of every server action: who asks, the input through its schema, the role, the work,
// and one answer in the user's language. The request's user is given here instead of a session.

const user = (role: SessionUser["role"], locale: Locale = "vi"): SessionUser => ({
  id: "u1",
  username: "u1",
  displayName: "U1",
  role,
  locale,
  organisationId: "o1",
  organisationCode: "o1",
  organisationIsDemo: false,
  unitId: null,
  unitName: null,
  fieldCodes: [],
  viewableOrganisationIds: [],
  receivesSubmissions: false,
  figuresToken: null,
});
const as =
  (actor: SessionUser | null, locale: Locale = actor?.locale ?? "vi") =>
  async (): Promise<ActionContext> => ({ actor, locale });

const account = z.object({
  username: z
    .string()
    .trim()
    .min(1)
    .regex(/^[a-z.]+$/, "usernameFormat"),
  displayName: z.string().trim().min(1).max(20),
  password: z.string().min(10, "passwordShort"),
  role: z.enum(["admin", "editor"]),
  dueDay: z.coerce.number().int().min(1).max(28),
});
const typed = {
  username: "ke.toan",
  displayName: "Kế toán",
  password: "mat-khau-dai-du",
  role: "editor",
  dueDay: "15",
};

function spec<R>(
  run: ActionSpec<typeof account, R>["run"],
  more: Partial<ActionSpec<typeof account, R>> = {},
): ActionSpec<typeof account, R> {
  return { schema: account, run, ...more };
}

afterEach(() => vi.restoreAllMocks());

describe("an action's answer", () => {
  it("says why each field is refused beside it, in the user's language, not zod's English", async () => {
    const wrong = { username: "Kế Toán", displayName: "   ", password: "ngan", role: "boss", dueDay: "3,5" };
    const run = vi.fn(async () => undefined);
    const vi_ = await performAction(spec(run), wrong, as(user("admin")));
    expect(vi_).toEqual({
      ok: false,
      code: "invalid",
      message: "Chưa lưu: hãy sửa các ô được nêu dưới đây.",
      fieldErrors: {
        username: "Từ 2 đến 40 ký tự: chữ thường không dấu, số và . _ -",
        displayName: "Hãy điền ô này.",
        password: "Mật khẩu cần ít nhất 10 ký tự.",
        role: "Hãy chọn một mục trong danh sách.",
        dueDay: "Phải là một số.",
      },
    });
    const en = await performAction(spec(run), { ...wrong, dueDay: "40" }, as(user("admin", "en")));
    expect(en).toMatchObject({
      message: "Not saved: correct the fields listed below.",
      fieldErrors: {
        displayName: "Fill in this field.",
        password: "The password needs at least 10 characters.",
        role: "Choose an item of the list.",
        dueDay: "Must be at most 28.",
      },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("words bounds and whole numbers, and names nested fields by the form's own names", async () => {
    const answer = await performAction(
      spec(async () => undefined, { fields: (path) => (path === "displayName" ? "name" : path) }),
      { ...typed, displayName: "x".repeat(21), dueDay: "1.5" },
      as(user("admin")),
    );
    expect(answer).toMatchObject({ fieldErrors: { name: "Tối đa 20 ký tự.", dueDay: "Phải là số nguyên." } });
  });

  it("refuses a NUL character or a lone surrogate, which PostgreSQL cannot store, before the schema", async () => {
    const refused = {
      code: "invalid",
      fieldErrors: { displayName: "Không được chứa ký tự NUL hoặc ký tự Unicode lỗi." },
    };
    expect(
      await performAction(
        spec(async () => undefined),
        { ...typed, displayName: "a\u0000b" },
        as(user("admin")),
      ),
    ).toMatchObject(refused);
    expect(
      await performAction(
        spec(async () => undefined),
        { ...typed, displayName: "a\ud800b" },
        as(user("admin")),
      ),
    ).toMatchObject(refused);
  });

  it("asks to sign in, then checks the role and the rule on the input, before any work", async () => {
    const run = vi.fn(async () => undefined);
    expect(await performAction(spec(run), typed, as(null, "en"))).toEqual({
      ok: false,
      code: "unauthorized",
      message: "Not signed in, or the token is not valid.",
      fieldErrors: {},
    });
    expect(await performAction(spec(run, { roles: administrators }), typed, as(user("editor")))).toEqual({
      ok: false,
      code: "forbidden",
      message: "Bạn không có quyền thực hiện thao tác này.",
      fieldErrors: {},
    });
    expect(
      await performAction(
        spec(run, { allow: (_, input) => input.role !== "admin" }),
        { ...typed, role: "admin" },
        as(user("admin")),
      ),
    ).toMatchObject({ code: "forbidden" });
    expect(run).not.toHaveBeenCalled();
    expect(await performAction({ schema: account, public: true, run }, typed, as(null))).toMatchObject({ ok: true });
  });

  it("answers the work's data with its confirmation", async () => {
    expect(
      await performAction(
        spec(async () => ({ token: "abc" })),
        typed,
        as(user("admin")),
      ),
    ).toEqual({ ok: true, code: "saved", message: "Đã lưu.", token: "abc" });
    expect(
      await performAction(
        spec(async () => ({ n: 3 }), { code: "done" }),
        typed,
        as(user("admin")),
      ),
    ).toEqual({ ok: true, code: "done", message: "", n: 3 });
    expect(
      await performAction(
        spec(async ({ input }) => ({ n: input.dueDay }), { done: (t, { n }) => `${t.targets.saved} ${n}` }),
        typed,
        as(user("admin", "en")),
      ),
    ).toMatchObject({ message: "Targets saved. 15" });
  });

  it("turns an expected failure (AppError) into its code and message, refused fields beside them", async () => {
    const failing = (error: AppError) => spec(async () => Promise.reject(error));
    expect(
      await performAction(
        failing(new AppError("invalid", [{ path: "username", message: "duplicate" }])),
        typed,
        as(user("admin")),
      ),
    ).toEqual({
      ok: false,
      code: "invalid",
      message: "Chưa lưu: hãy sửa các ô được nêu dưới đây.",
      fieldErrors: { username: "Giá trị này đã được dùng: hãy chọn giá trị khác." },
    });
    expect(await performAction(failing(new AppError("notFound")), typed, as(user("admin", "en")))).toEqual({
      ok: false,
      code: "notFound",
      message: "The requested data was not found.",
      fieldErrors: {},
    });
    expect(
      await performAction(
        failing(new AppError("forbidden", [{ path: "setupCode", message: "alreadySetUp" }])),
        typed,
        as(null),
      ),
    ).toMatchObject({ code: "unauthorized" });
    const alreadySetUp = new AppError("forbidden", [{ path: "setupCode", message: "alreadySetUp" }]);
    expect(
      await performAction(
        { schema: account, public: true, run: async () => Promise.reject(alreadySetUp) },
        typed,
        as(null),
      ),
    ).toMatchObject({ code: "forbidden", message: "Đơn vị đã được khởi tạo. Hãy đăng nhập bằng tài khoản quản trị." });
    expect(
      await performAction(failing(new AppError("tooMany", [], undefined, 61)), typed, as(user("admin"))),
    ).toMatchObject({ code: "tooMany", message: "Nhập sai quá nhiều lần. Vui lòng thử lại sau 2 phút." });
    expect(
      await performAction(
        { ...failing(new AppError("locked")), refusals: { locked: (t) => t.activities.locked } },
        typed,
        as(user("admin")),
      ),
    ).toMatchObject({ code: "locked", message: "Tháng này đã khóa: không thể thêm hoặc xóa mục hoạt động, kế hoạch." });
  });

  it("passes the details on only to the actions that show them (the entry grid's cells)", async () => {
    const conflict = new AppError("conflict", [{ indicator: "tel.bts", current: { value: "3", version: 2 } }]);
    const hidden = await performAction(
      spec(async () => Promise.reject(conflict)),
      typed,
      as(user("admin")),
    );
    expect(hidden).not.toHaveProperty("details");
    const shown = await performAction(
      spec(async () => Promise.reject(conflict), { details: true }),
      typed,
      as(user("admin")),
    );
    expect(shown).toMatchObject({
      code: "conflict",
      message: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại.",
      details: conflict.details,
    });
  });

  it("answers an unexpected error with a general message, logged for the operator and never shown", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const answer = await performAction(
      spec(async () => Promise.reject(new Error('relation "User" does not exist at 10.0.0.5'))),
      typed,
      as(user("admin")),
    );
    expect(answer).toEqual({
      ok: false,
      code: "internal",
      message: "Đã có lỗi xảy ra. Vui lòng thử lại.",
      fieldErrors: {},
    });
    expect(JSON.stringify(answer)).not.toMatch(/relation|10\.0\.0\.5/);
    expect(log).toHaveBeenCalledOnce();
    const failingContext = async (): Promise<ActionContext> => Promise.reject(new Error("connect ECONNREFUSED"));
    expect(
      await performAction(
        spec(async () => undefined),
        typed,
        failingContext,
      ),
    ).toMatchObject({ code: "internal" });
  });

  it("lets Next's redirect through (a created report opens its page)", async () => {
    await expect(
      performAction(
        spec(async () => redirect("/reports/r1")),
        typed,
        as(user("admin")),
      ),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
  });
});
