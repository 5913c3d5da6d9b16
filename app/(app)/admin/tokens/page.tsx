import { ActionButton } from "@/components/action-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { administrators } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/date";
import { getDictionary } from "@/lib/i18n/dictionary";
import { findUsers } from "@/lib/org/data";
import { revokeTokenAction } from "@/lib/tokens/actions";
import { findTokens } from "@/lib/tokens/data";
import { TokenForm } from "./token-form";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.admin.tokens);

export default async function TokensPage() {
  const admin = await requireRole(...administrators);
  const t = getDictionary(admin.locale);
  const [tokens, users] = await Promise.all([
    findTokens({ organisationId: admin.organisationId }),
    findUsers({ organisationId: admin.organisationId }),
  ]);
  return (
    <div className="space-y-4">
      <Card>
        <CardHeader>
          <CardTitle>{t.admin.tokenCreate}</CardTitle>
        </CardHeader>
        <CardContent>
          <TokenForm
            users={users.filter((u) => u.active).map((u) => ({ id: u.id, label: `${u.displayName} (${u.username})` }))}
            text={{
              name: t.admin.tokenName,
              user: t.admin.tokenUser,
              expiry: t.admin.tokenExpiry,
              noExpiry: t.admin.tokenNoExpiry,
              days: t.admin.tokenDays,
              create: t.admin.tokenCreate,
            }}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t.admin.tokens}</CardTitle>
        </CardHeader>
        <CardContent className="p-0">
          <Table data-testid="token-list">
            <thead>
              <tr>
                <Th>{t.admin.tokenName}</Th>
                <Th>{t.admin.tokenUser}</Th>
                <Th>{t.admin.tokenPrefix}</Th>
                <Th>{t.admin.tokenCreated}</Th>
                <Th>{t.admin.tokenLastUsed}</Th>
                <Th>{t.admin.actions}</Th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <Td>{token.name}</Td>
                  <Td>{token.user.username}</Td>
                  <Td className="font-mono text-xs">{token.prefix}…</Td>
                  <Td>{formatDateTime(token.createdAt, admin.locale)}</Td>
                  <Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, admin.locale) : t.admin.never}</Td>
                  <Td>
                    {token.revokedAt ? (
                      <span className="text-slate-500">{t.admin.tokenRevoked}</span>
                    ) : (
                      <ActionButton
                        action={revokeTokenAction}
                        fields={{ tokenId: token.id }}
                        label={t.admin.tokenRevoke}
                        variant="destructive"
                        size="sm"
                      />
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
