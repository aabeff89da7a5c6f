-- Search (docs/decisions/0006-search.md). Hand-written parts: the immutable helpers the generated
-- column calls, the triggers that keep products.search_context, and the backfill of existing rows.
CREATE OR REPLACE FUNCTION search_tags_text(tags text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN array_to_string(tags, ' ');--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_plain_text(html text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN regexp_replace(regexp_replace(html, '<[^>]*>', ' ', 'g'), '&#?[a-zA-Z0-9]+;', ' ', 'g');--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"ndoc" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_context" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION product_search_context(p_store_id uuid, p_category_id uuid) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN concat_ws(' ',
    (SELECT name FROM stores WHERE id = p_store_id),
    (SELECT string_agg(a.name, ' ' ORDER BY a.depth) FROM categories a
      WHERE a.slug = ANY (string_to_array((SELECT path FROM categories WHERE id = p_category_id), '/'))));--> statement-breakpoint
-- Before the generated column is added, so existing rows are rewritten once.
UPDATE products SET search_context = product_search_context(store_id, category_id);--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A')
  || setweight(to_tsvector('english', search_tags_text(tags)), 'B')
  || setweight(to_tsvector('english', search_plain_text(description)), 'C')
  || setweight(to_tsvector('english', search_context), 'D')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_public_best_selling_idx" ON "products" USING btree ("sold_count" DESC NULLS LAST,"id") WHERE visibility = 'public' and status = 'active';--> statement-breakpoint
CREATE INDEX "products_public_newest_idx" ON "products" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE visibility = 'public' and status = 'active';--> statement-breakpoint
CREATE INDEX "products_public_price_idx" ON "products" USING btree ("price_paise","id") WHERE visibility = 'public' and status = 'active';--> statement-breakpoint
CREATE INDEX "products_public_rating_idx" ON "products" USING btree ("rating_avg" DESC NULLS LAST,"rating_count" DESC NULLS LAST,"id") WHERE visibility = 'public' and status = 'active';--> statement-breakpoint

CREATE OR REPLACE FUNCTION products_set_search_context() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_context := product_search_context(NEW.store_id, NEW.category_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER products_search_context BEFORE INSERT OR UPDATE OF store_id, category_id ON products
  FOR EACH ROW EXECUTE FUNCTION products_set_search_context();--> statement-breakpoint
CREATE OR REPLACE FUNCTION stores_refresh_search_context() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products SET search_context = product_search_context(store_id, category_id) WHERE store_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER stores_search_context AFTER UPDATE OF name ON stores
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION stores_refresh_search_context();--> statement-breakpoint
CREATE OR REPLACE FUNCTION categories_refresh_search_context() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products SET search_context = product_search_context(store_id, category_id)
  WHERE category_id IN (SELECT id FROM categories WHERE path = NEW.path OR path LIKE NEW.path || '/%');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER categories_search_context AFTER UPDATE OF name, path ON categories
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.path IS DISTINCT FROM NEW.path)
  EXECUTE FUNCTION categories_refresh_search_context();--> statement-breakpoint
-- The dictionary's words: what the 'simple' parser makes of the words shoppers search for (title,
-- tags, store and category names), before stemming, so corrections are real words ("saree", not
-- the stem "sare"). Descriptions stay out: they would triple the rebuild for words nobody types.
-- The expression is written out rather than shared through a function: PostgreSQL cannot inline a
-- function around array_to_string (stable), and the call halves the rebuild's speed.
-- Visible products only (publicProductWhere in db/queries/catalog.ts), so drafts never leak a word.
CREATE OR REPLACE FUNCTION rebuild_search_terms() RETURNS integer LANGUAGE sql AS $$
  DELETE FROM search_terms;
  INSERT INTO search_terms (term, ndoc)
  SELECT word, ndoc FROM ts_stat($q$
    SELECT to_tsvector('simple', p.title || ' ' || array_to_string(p.tags, ' ') || ' ' || p.search_context)
    FROM products p JOIN stores s ON s.id = p.store_id
    WHERE p.visibility = 'public' AND p.status = 'active' AND s.status = 'approved'$q$)
  WHERE length(word) BETWEEN 2 AND 40 AND word !~ '[[:punct:]]'
  ORDER BY word;
  SELECT count(*)::integer FROM search_terms;
$$;--> statement-breakpoint
-- Adds the words of these products (when visible); existing counts only grow. Rows are inserted in
-- word order so concurrent refreshes lock them in the same order.
CREATE OR REPLACE FUNCTION refresh_search_terms(product_ids uuid[]) RETURNS integer LANGUAGE sql AS $$
  WITH words AS (
    SELECT w.lexeme AS term, count(*)::integer AS ndoc
    FROM products p JOIN stores s ON s.id = p.store_id,
      unnest(to_tsvector('simple', p.title || ' ' || array_to_string(p.tags, ' ') || ' ' || p.search_context)) w
    WHERE p.id = ANY (product_ids)
      AND p.visibility = 'public' AND p.status = 'active' AND s.status = 'approved'
      AND length(w.lexeme) BETWEEN 2 AND 40 AND w.lexeme !~ '[[:punct:]]'
    GROUP BY w.lexeme
  ), upserted AS (
    INSERT INTO search_terms (term, ndoc) SELECT term, ndoc FROM words ORDER BY term
    ON CONFLICT (term) DO UPDATE SET ndoc = greatest(search_terms.ndoc, excluded.ndoc)
    RETURNING 1
  )
  SELECT count(*)::integer FROM upserted;
$$;--> statement-breakpoint
SELECT rebuild_search_terms();
