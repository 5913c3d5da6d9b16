import { errorPageMessages } from "../error-page";
import type { commonMessages as viCommon } from "../vi/common";
import { periodMessages } from "./periods";

export const commonMessages: typeof viCommon = {
  app: {
    name: errorPageMessages.en.appName,
    tagline: "Figures and reports of the information and communications sector",
  },
  nav: {
    overview: "Overview",
    entry: "Data entry",
    reports: "Reports",
    calendar: "Reporting calendar",
    ministry: "Provinces",
    admin: "Administration",
    signOut: "Sign out",
    language: "Language",
    mainMenu: "Main menu",
  },
  languages: { vi: "Tiếng Việt", en: "English" },
  roles: {
    admin: "Administrator",
    compiler: "Office (compiler)",
    director: "Director",
    editor: "Staff",
    viewer: "Viewer of several organisations",
  },
  demo: { banner: "Demo data: these figures were generated to try the product and are not real." },
  files: { figures: "Figures", yes: "yes" },
  overview: { title: "Overview" },
  errors: {
    unauthorized: "Not signed in, or the token is not valid.",
    forbidden: "You are not allowed to do this.",
    notFound: "The requested data was not found.",
    conflict: "Someone else changed this data. Reload and try again.",
    invalid: "The data is not valid.",
    locked: "This period is locked and cannot be changed.",
    malformed: "The request is malformed.",
    methodNotAllowed: "This method is not supported here.",
    unsupportedMediaType: "Only application/json content is accepted.",
    tooLarge: "The request is larger than allowed.",
    uriTooLong: "The request's address is too long.",
    busy: "The server is busy reading other reports. Try again in a few minutes.",
    unavailable:
      "The system is serving many people at once and could not do this. Nothing was changed; please try again in a few seconds.",
    internal: errorPageMessages.en.failed,
    duplicate: "This value is already in use.",
    tooMany: "Too many failed attempts. Try again later.",
    retry: errorPageMessages.en.retry,
  },
  errorPage: errorPageMessages.en,
  pickers: {
    month: "Month",
    year: "Year",
    monthNames: periodMessages.monthNames,
    kind: "Kind of period",
    dateFormat: "dd/mm/yyyy",
    dateInvalid: "Enter the date as dd/mm/yyyy, e.g. 13/09/2023.",
  },
  forms: {
    saved: "Saved.",
    invalid: "Not saved: correct the fields listed below.",
    tooMany: "Too many wrong attempts. Try again in {minutes} minutes.",
  },
};
