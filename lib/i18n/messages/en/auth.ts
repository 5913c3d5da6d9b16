import type { authMessages as viAuth } from "../vi/auth";

export const authMessages: typeof viAuth = {
  auth: {
    title: "Sign in",
    username: "Username",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    invalid: "Wrong username or password.",
    required: "Enter your username and password.",
    lockedOut: "Too many failed sign-ins. Try again in {minutes} minutes.",
    forbidden: "You are not allowed to open this page.",
    backHome: "Back to the overview",
  },
  authLog: {
    title: "Sign-in log",
    intro:
      "The latest 200 events of the organisation's accounts (attempts on unknown usernames belong to no organisation and are not shown).",
    at: "When",
    username: "Username",
    ip: "IP address",
    kind: "Event",
    empty: "No events yet.",
    kinds: {
      signIn: "Signed in",
      failure: "Wrong password",
      lockout: "Locked out after failures",
      passwordChange: "Password changed",
      signOut: "Signed out",
    },
  },
  setup: {
    title: "Set up the organisation",
    intro: "The database has no organisation yet. Enter the organisation and its first administrator.",
    setupCode: "Set-up code",
    setupCodeHint:
      "12 characters like XXXX-XXXX-XXXX, printed on the console by npm start; npm run setup:code on the server prints a new one.",
    code: "Short code (lower case, no accents)",
    name: "Name of the department",
    parentAuthority: "Parent authority",
    place: "Place",
    documentCode: "Document code of the department",
    adminUsername: "Administrator's username",
    adminPassword: "Administrator's password (10 characters or more, not the username)",
    submit: "Set up",
  },
};
