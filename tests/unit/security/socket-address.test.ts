import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { socketClientAddress, trustedProxies, trustedProxiesProblem } from "@/lib/security/socket-address";

const request = (remoteAddress: string | undefined, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  }) as unknown as IncomingMessage;

describe("the caller's address from the connection", () => {
  it("is the socket's without trusted proxies, whatever X-Forwarded-For says", () => {
    const none = trustedProxies(undefined);
    expect(socketClientAddress(request("198.51.100.7", "203.0.113.1"), none)).toBe("198.51.100.7");
    expect(socketClientAddress(request("::ffff:198.51.100.7", "203.0.113.1"), none)).toBe("198.51.100.7");
    expect(socketClientAddress(request("2001:db8::1"), none)).toBe("2001:db8::1");
    expect(socketClientAddress(request(undefined), none)).toBeNull();
  });

  it("takes the right-most hop that is no trusted proxy", () => {
    const trust = trustedProxies("loopback, 10.0.0.0/8");
    // The caller wrote 203.0.113.1 itself; the proxy at 10.0.0.2 appended the address it saw.
    expect(socketClientAddress(request("127.0.0.1", "203.0.113.1, 198.51.100.7, 10.0.0.2"), trust)).toBe(
      "198.51.100.7",
    );
    expect(socketClientAddress(request("127.0.0.1", "198.51.100.7"), trust)).toBe("198.51.100.7");
    // A connection that does not come from a trusted proxy: its header is not read.
    expect(socketClientAddress(request("198.51.100.9", "203.0.113.1"), trust)).toBe("198.51.100.9");
    // Only trusted hops: the left-most is the caller.
    expect(socketClientAddress(request("127.0.0.1", "10.1.1.1, 10.0.0.2"), trust)).toBe("10.1.1.1");
  });

  it("says what is wrong with a TRUSTED_PROXIES it cannot read", () => {
    expect(trustedProxiesProblem("loopback, 10.0.0.0/8, 192.0.2.10")).toBeNull();
    expect(trustedProxiesProblem("10.0.0.0/99")).toMatch(/10\.0\.0\.0\/99/);
    expect(trustedProxiesProblem("proxy.example")).not.toBeNull();
  });
});
