/** A section of a report: its heading, the fields it reports and its sentence templates. */
export interface SectionTemplate {
  key: string;
  heading: string;
  /** Fields whose figures, activities and plans belong to this section. */
  fields: string[];
  sentences: string[];
}
