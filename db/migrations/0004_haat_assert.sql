-- One-statement writes (order placement) abort themselves with this when a condition fails:
-- the whole statement, every CTE included, is rolled back.
CREATE OR REPLACE FUNCTION haat_assert(condition boolean, message text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  IF condition IS NOT TRUE THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = message;
  END IF;
  RETURN true;
END
$$;
