-- Themes from sentence embeddings. Each text keeps its embedding (384 float4, big-endian), so a
-- re-clustering never embeds it again; each theme keeps the sum of its texts' embeddings, so a new
-- text is compared with the theme's centre without reading its texts.
alter table themes add column vector_sum bytea;
-- A re-clustering that dissolves a theme points it at the theme that took most of its texts, so
-- that links to it, and answers given to it, follow.
alter table themes add column retired_into uuid references themes (id);

alter table theme_texts add column source text not null default 'feedback';
alter table theme_texts add column embedding bytea;
-- Cosine similarity to the theme's centre when it joined (or at the last re-clustering): quotes are the most central texts.
alter table theme_texts add column centrality real not null default 0;
alter table theme_texts add column sentiment text;
alter table theme_texts add column stakeholder_type text;
alter table theme_texts add column organisation text;
alter table theme_texts add column service text;
alter table theme_texts add column place text;
create index theme_texts_by_mission on theme_texts (mission_id, submitted_at, source_id);
create index theme_texts_by_centrality on theme_texts (theme_id, centrality desc);

-- When each mission's texts last changed and were last re-clustered, for the scheduled
-- re-clustering; due is set when a young mission's texts double (10, 20, 40, ...), so that its first
-- themes, drawn one text at a time, are soon redrawn as a whole.
create table theme_missions (
    mission_id      text primary key,
    texts           integer     not null default 0,
    changed_at      timestamptz not null,
    reclustered_at  timestamptz,
    due             boolean     not null default false
);
