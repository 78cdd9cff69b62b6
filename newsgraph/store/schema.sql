-- newsgraph store, for SQLite and PostgreSQL alike. Numbered migrations, applied in order, each
-- in one transaction; schema_version records those applied. Never edit a migration that has
-- shipped: add one.
--
-- Written once for both backends (see newsgraph/store/dialect.py): column types are the
-- placeholders {key} (an integer primary key the store numbers), {int}, {float} and {bytes};
-- {rowid_free} ends a table that SQLite may keep without a rowid. Lines after `-- sqlite:` or
-- `-- postgres:` belong to that backend alone, up to the next such line or `-- both:`.
-- Offsets are named "start"/"end" as in the Document; "end" is quoted because it is a keyword.

-- migration 1: documents and their annotations
CREATE TABLE sources (
  id {key},
  name TEXT NOT NULL UNIQUE            -- the outlet: a URL's host, else the input's folder
);
CREATE TABLE texts (
  id {key},
  hash TEXT NOT NULL UNIQUE,           -- SHA-1 of the whitespace-normalised text
  body TEXT,                           -- the text, or NULL when stored as a delta of `base`
  base {int} REFERENCES texts(id),
  delta TEXT                           -- JSON edits [[start, end, replacement], ...] of base's body
);
CREATE TABLE documents (
  key {key},
  id TEXT NOT NULL UNIQUE,
  text_id {int} NOT NULL REFERENCES texts(id),
  source_id {int} REFERENCES sources(id),
  url TEXT,
  path TEXT,
  format TEXT,
  title TEXT,
  published TEXT,
  body TEXT NOT NULL,                  -- JSON [[start, end], ...]
  lemmas TEXT NOT NULL,                -- folded lemmas of the body, space-separated (the search index)
  offsets {bytes} NOT NULL,            -- varint-packed spans of those lemmas in the text
  stored_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_text ON documents(text_id);
CREATE INDEX documents_source ON documents(source_id);
-- Every id under which a stored document arrived (its own and those of exact duplicates).
CREATE TABLE document_ids (
  id TEXT PRIMARY KEY,
  doc {int} NOT NULL REFERENCES documents(key)
);
CREATE TABLE chrome (
  doc {int} NOT NULL REFERENCES documents(key),
  start {int} NOT NULL, "end" {int} NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX chrome_doc ON chrome(doc);
CREATE TABLE corpus_entities (
  id {key},
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,                   -- folded canonical name
  surname TEXT,                        -- folded last word of a person's name
  UNIQUE (type, key)
);
CREATE INDEX corpus_entities_surname ON corpus_entities(type, surname);
-- Names under which a corpus entity was seen (mention surfaces and normal forms, folded).
CREATE TABLE entity_names (
  key TEXT NOT NULL,
  entity {int} NOT NULL REFERENCES corpus_entities(id),
  name TEXT NOT NULL,
  PRIMARY KEY (key, entity)
);
CREATE INDEX entity_names_entity ON entity_names(entity);
CREATE TABLE entities (
  doc {int} NOT NULL REFERENCES documents(key),
  idx {int} NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  corpus {int} NOT NULL REFERENCES corpus_entities(id),
  PRIMARY KEY (doc, idx)
);
CREATE INDEX entities_corpus ON entities(corpus, doc);
CREATE TABLE mentions (
  doc {int} NOT NULL REFERENCES documents(key),
  start {int} NOT NULL, "end" {int} NOT NULL,
  type TEXT NOT NULL, text TEXT NOT NULL, normal TEXT NOT NULL,
  entity {int}
);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE TABLE roles (
  doc {int} NOT NULL REFERENCES documents(key),
  entity {int} NOT NULL,
  role TEXT NOT NULL
);
CREATE INDEX roles_doc ON roles(doc, entity);
CREATE TABLE quotes (
  doc {int} NOT NULL REFERENCES documents(key),
  idx {int} NOT NULL,
  start {int} NOT NULL, "end" {int} NOT NULL,
  text TEXT NOT NULL, kind TEXT NOT NULL,
  speaker {int}, cue TEXT
);
CREATE INDEX quotes_doc ON quotes(doc, speaker);
CREATE TABLE money (
  doc {int} NOT NULL REFERENCES documents(key),
  start {int} NOT NULL, "end" {int} NOT NULL,
  text TEXT NOT NULL, amount {float}, currency TEXT, approx {int} NOT NULL
);
CREATE INDEX money_doc ON money(doc);
CREATE TABLE quantities (
  doc {int} NOT NULL REFERENCES documents(key),
  start {int} NOT NULL, "end" {int} NOT NULL,
  text TEXT NOT NULL, value {float}, unit TEXT, qualifier TEXT
);
CREATE INDEX quantities_doc ON quantities(doc);
CREATE TABLE dates (
  doc {int} NOT NULL REFERENCES documents(key),
  start {int} NOT NULL, "end" {int} NOT NULL,
  text TEXT NOT NULL, value TEXT, relative TEXT
);
CREATE INDEX dates_doc ON dates(doc);
CREATE TABLE events (
  doc {int} NOT NULL REFERENCES documents(key),
  idx {int} NOT NULL,
  type TEXT NOT NULL, cameo_root TEXT,
  start {int} NOT NULL, "end" {int} NOT NULL,
  actors TEXT NOT NULL,                -- JSON list of entity indexes in the document
  place {int}, date TEXT, summary TEXT,
  PRIMARY KEY (doc, idx)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_root ON events(cameo_root);
CREATE TABLE event_actors (
  doc {int} NOT NULL,
  event {int} NOT NULL,
  entity {int} NOT NULL
);
CREATE INDEX event_actors_doc ON event_actors(doc, entity);

-- migration 2: near-duplicates and stories
CREATE TABLE stories (
  id {key},
  first_published TEXT,
  last_published TEXT,
  size {int} NOT NULL DEFAULT 0
);
ALTER TABLE documents ADD COLUMN story {int} REFERENCES stories(id);
ALTER TABLE documents ADD COLUMN duplicate_of {int} REFERENCES documents(key);
ALTER TABLE documents ADD COLUMN signature {bytes};
CREATE INDEX documents_story ON documents(story);
CREATE TABLE lsh_bands (
  band {int} NOT NULL,
  doc {int} NOT NULL,
  PRIMARY KEY (band, doc)
) {rowid_free};
-- Documents stored before stories existed each start a story of their own.
INSERT INTO stories (id, first_published, last_published, size)
  SELECT key, published, published, 1 FROM documents;
UPDATE documents SET story = key;
-- postgres:
-- Explicit ids above leave the identity sequence behind; move it past them.
SELECT setval(pg_get_serial_sequence('stories', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM stories;

-- migration 3: full-text search over the lemma index
-- sqlite:
CREATE VIRTUAL TABLE doc_fts USING fts5(
  lemmas, content='documents', content_rowid='key',
  tokenize='unicode61 remove_diacritics 0'
);
INSERT INTO doc_fts (doc_fts) VALUES ('rebuild');
-- postgres:
-- The 'simple' configuration only lower-cases: the lemmas are already dictionary forms.
ALTER TABLE documents ADD COLUMN lemma_tsv tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', lemmas)) STORED;
CREATE INDEX documents_lemma_tsv ON documents USING gin (lemma_tsv);

-- migration 4: story partners by shared person or organisation within a date window
-- One row per (corpus entity, publication date, document) for the people and organisations of
-- dated documents, so that finding a new document's story partners reads a few index entries
-- instead of every document that ever mentioned a popular name.
CREATE TABLE story_actors (
  corpus {int} NOT NULL,
  published TEXT NOT NULL,
  doc {int} NOT NULL,
  PRIMARY KEY (corpus, published, doc)
) {rowid_free};
INSERT INTO story_actors (corpus, published, doc)
  SELECT DISTINCT e.corpus, d.published, e.doc FROM entities e JOIN documents d ON d.key = e.doc
  WHERE e.type IN ('PER', 'ORG') AND d.published IS NOT NULL;

-- migration 5: titles of entities as data (JSON), beside their roles
ALTER TABLE entities ADD COLUMN titles TEXT;

-- migration 6: events' modality, and their source, target, mentions and amounts (JSON)
ALTER TABLE events ADD COLUMN modality TEXT;
ALTER TABLE events ADD COLUMN arguments TEXT;

-- migration 7: watched sources (feeds and sitemaps) and the URLs fetched through them
-- A source is polled by `newsgraph watch`; its kind (feed or sitemap) is found on the first
-- fetch, its ETag and Last-Modified make the next request conditional. (`sources`, of
-- migration 1, are the outlets documents come from; these are the URLs polled.)
CREATE TABLE watch_sources (
  id {key},
  url TEXT NOT NULL UNIQUE,
  name TEXT,                           -- the outlet's name for its pages; NULL: the page's host
  kind TEXT,                           -- 'feed' or 'sitemap'; NULL until the first fetch
  every_minutes {int} NOT NULL,
  added_at TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  polled_at TEXT,
  status TEXT,                         -- of the last poll: 'ok', 'unchanged' or 'failed'
  error TEXT,                          -- why the last poll failed
  polls {int} NOT NULL DEFAULT 0,
  pages_stored {int} NOT NULL DEFAULT 0,
  pages_failed {int} NOT NULL DEFAULT 0
);
-- Every page (or child sitemap) URL fetched, once however many sources link it: its
-- conditional-request state, the hash of the text last taken from it and the document stored.
CREATE TABLE watch_pages (
  url TEXT PRIMARY KEY,
  kind TEXT NOT NULL,                  -- 'page' or 'sitemap'
  final_url TEXT,                      -- after redirects
  listed TEXT,                         -- the date the listing gave it when last fetched
  etag TEXT,
  last_modified TEXT,
  hash TEXT,                           -- content hash of the text last read from it
  doc_id TEXT,                         -- the document that text is stored as
  fetched_at TEXT,
  status TEXT,                         -- 'stored', 'unchanged', 'failed' or 'refused' (not retried)
  error TEXT,
  attempts {int} NOT NULL DEFAULT 0    -- failed polls in a row
);
-- Which source listed which URL, when first, and what its listing said of it last: a link
-- without a page row yet is still to fetch, whether or not the listing has changed since.
CREATE TABLE watch_links (
  source {int} NOT NULL,
  url TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  title TEXT,
  published TEXT,
  stamp TEXT,                          -- the listing's date for it (updated, lastmod)
  PRIMARY KEY (source, url)
) {rowid_free};

-- migration 8: accounts, sessions, login attempts, watch items, their matches and alert deliveries
CREATE TABLE users (
  id {key},
  name TEXT NOT NULL UNIQUE,           -- the login name, folded (case and ё)
  display TEXT NOT NULL,               -- the name as it was typed at sign-up
  password TEXT NOT NULL,              -- Argon2id hash in PHC string form; never the password
  admin {int} NOT NULL DEFAULT 0,
  feed_token TEXT UNIQUE,              -- SHA-256 of the Atom alert feed's secret token; NULL: none
  seen_match {int} NOT NULL DEFAULT 0, -- the last watch match shown at the user's last visit
  created_at TEXT NOT NULL
);
CREATE TABLE sessions (
  token TEXT PRIMARY KEY,              -- SHA-256 of the cookie's random token; never the token
  user_id {int} NOT NULL REFERENCES users(id),
  csrf TEXT NOT NULL,                  -- the token every state-changing request of this session sends back
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
-- Failed logins (and sign-ups) by scope: 'name:<folded name>' or 'addr:<client address>'.
CREATE TABLE login_attempts (
  scope TEXT NOT NULL,
  at {float} NOT NULL                  -- seconds since the epoch
);
CREATE INDEX login_attempts_scope ON login_attempts(scope, at);
-- What a user follows: kind 'entity', 'search' or 'events'; spec is JSON (corpus entity ids,
-- a query, an actor / CAMEO root / place); only documents stored after `since_doc` match.
CREATE TABLE watch_items (
  id {key},
  user_id {int} NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  spec TEXT NOT NULL,
  since_doc {int} NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  UNIQUE (user_id, kind, spec)
);
CREATE TABLE watch_matches (
  id {key},
  item {int} NOT NULL REFERENCES watch_items(id),
  doc {int} NOT NULL REFERENCES documents(key),
  matched_at TEXT NOT NULL,
  UNIQUE (item, doc)
);
CREATE INDEX watch_matches_doc ON watch_matches(doc);
CREATE TABLE webhooks (
  id {key},
  user_id {int} NOT NULL REFERENCES users(id),
  url TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (user_id, url)
);
-- One row per (webhook, match), written in the matcher's transaction before anything is sent:
-- status 'pending' (to send), 'sending' (a POST under way or in doubt), 'sent' or 'failed'.
CREATE TABLE deliveries (
  id {key},
  webhook {int} NOT NULL REFERENCES webhooks(id),
  match_id {int} NOT NULL REFERENCES watch_matches(id),
  idem_key TEXT NOT NULL UNIQUE,       -- sent in the payload and the Idempotency-Key header
  status TEXT NOT NULL,
  attempts {int} NOT NULL DEFAULT 0,
  next_at {float} NOT NULL DEFAULT 0,  -- not before (seconds since the epoch)
  last_error TEXT,
  sent_at TEXT,
  UNIQUE (webhook, match_id)
);
CREATE INDEX deliveries_status ON deliveries(status, next_at);
-- The matcher's place: documents with a larger key have not been matched yet.
CREATE TABLE alert_cursor (
  name TEXT PRIMARY KEY,
  last_doc {int} NOT NULL
);

-- migration 9: documents from parallel writers waiting for the linker; entities by folded name
-- A document stored by one of several writers (`ingest --engine ray` on PostgreSQL) waits
-- here, with its entities and LSH band keys as JSON, until the one linker takes its corpus
-- decisions (near-duplicate, corpus entities, story) in key order. IF NOT EXISTS: the
-- migration may be applied again after a downgrade by hand.
CREATE TABLE IF NOT EXISTS link_queue (
  doc {int} PRIMARY KEY REFERENCES documents(key),
  entities TEXT NOT NULL,
  bands TEXT NOT NULL
);
-- `newsgraph entity NAME` looks names up by folded key whatever their type.
CREATE INDEX IF NOT EXISTS corpus_entities_key ON corpus_entities(key);

-- migration 10: an entity's rows by corpus entity with their index in the document
-- The roles, quotes and events of an entity in thousands of documents join `entities` on
-- (doc, idx): with idx in the index those lookups read the index alone. It covers the index
-- on (corpus, doc) it replaces.
CREATE INDEX IF NOT EXISTS entities_corpus_doc_idx ON entities(corpus, doc, idx);
DROP INDEX IF EXISTS entities_corpus;

-- migration 11: the lemma index and texts compressed with lz4 where the server has it
-- A search scores each of its newest matches from the tsvector kept in TOAST; lz4 unpacks it in
-- about two thirds of pglz's time (500 tsvectors: 8-10 against 12-14 ms at 200 000 documents).
-- Values stored from now on are compressed so; those stored before stay pglz until rewritten
-- (docs/scaling.md). A server built without lz4 (or older than 14) keeps its default.
-- postgres:
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE documents ALTER COLUMN lemma_tsv SET COMPRESSION lz4, ALTER COLUMN lemmas SET COMPRESSION lz4,
      ALTER COLUMN offsets SET COMPRESSION lz4;
    ALTER TABLE texts ALTER COLUMN body SET COMPRESSION lz4;
  END IF;
END $$;

-- migration 12: each document's corpus entities beside its lemmas, for searches within an entity
-- A search within an entity's documents is then one more index beside the full-text index and
-- the key's range (a BitmapAnd of the three), where the entity's documents were read from
-- `entities` key by key (10 000-16 000 keys probed for a common word within an entity in a
-- third of the store). Written with the document's story (store/save.py `join_story`); NULL for
-- a document without entities. PostgreSQL alone: SQLite's search tests `entities` itself.
-- IF NOT EXISTS: the migration may be applied again after a downgrade by hand.
-- postgres:
ALTER TABLE documents ADD COLUMN IF NOT EXISTS entity_ids BIGINT[];
UPDATE documents d SET entity_ids = e.ids
  FROM (SELECT doc, array_agg(DISTINCT corpus ORDER BY corpus) AS ids FROM entities GROUP BY doc) e
  WHERE d.key = e.doc;
CREATE INDEX IF NOT EXISTS documents_entity_ids ON documents USING gin (entity_ids);
