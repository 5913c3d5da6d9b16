-- CreateTable
CREATE TABLE "FiguresVersion" (
    "organisationId" TEXT NOT NULL,
    "token" TEXT NOT NULL,

    CONSTRAINT "FiguresVersion_pkey" PRIMARY KEY ("organisationId")
);

-- A new token for an organisation whenever its month figures, period figures or year targets
-- change: once per transaction and organisation, at commit (deferred, so that the token's row lock
-- is the last lock a transaction takes and two saves cannot deadlock over it).
CREATE FUNCTION "figures_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."organisationId" ELSE NEW."organisationId" END;
  marker TEXT := 'ict.figures_changed_' || md5(org);
BEGIN
  IF current_setting(marker, true) = 'yes' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config(marker, 'yes', true);
  INSERT INTO "FiguresVersion" ("organisationId", "token") VALUES (org, gen_random_uuid()::text)
  ON CONFLICT ("organisationId") DO UPDATE SET "token" = excluded."token";
  RETURN NULL;
END $$;

-- A table emptied at once (moving an old embedded database's rows in): every token changes.
CREATE FUNCTION "figures_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "FiguresVersion" SET "token" = gen_random_uuid()::text;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "MonthValue_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "MonthValue"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_changed"();
CREATE CONSTRAINT TRIGGER "PeriodValue_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "PeriodValue"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_changed"();
CREATE CONSTRAINT TRIGGER "YearTarget_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "YearTarget"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_changed"();
CREATE TRIGGER "MonthValue_figures_truncated" AFTER TRUNCATE ON "MonthValue"
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_truncated"();
CREATE TRIGGER "PeriodValue_figures_truncated" AFTER TRUNCATE ON "PeriodValue"
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_truncated"();
CREATE TRIGGER "YearTarget_figures_truncated" AFTER TRUNCATE ON "YearTarget"
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_truncated"();

-- The organisations already there start with a token of their own.
INSERT INTO "FiguresVersion" ("organisationId", "token") SELECT id, gen_random_uuid()::text FROM "Organisation";
