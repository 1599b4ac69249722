create table themes (
    id          uuid primary key,
    mission_id  text        not null,
    label       text        not null,
    terms       text        not null,
    term_counts text        not null,
    size        integer     not null,
    people      integer     not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index themes_by_mission on themes (mission_id);

-- Each text that joined a theme; the source id (feedback id) makes a redelivered text harmless.
create table theme_texts (
    source_id    text primary key,
    theme_id     uuid        not null references themes (id),
    mission_id   text        not null,
    author_id    text        not null,
    text         text        not null,
    submitted_at timestamptz not null
);
create index theme_texts_by_theme on theme_texts (theme_id, submitted_at desc);
